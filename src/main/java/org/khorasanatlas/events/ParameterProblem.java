package org.khorasanatlas.events;

/** A query parameter that could not be used, and why, in words a reader of the page understands. */
public record ParameterProblem(String parameter, String value, String message) {

    private static final int SHOWN_LENGTH = 24;

    /** For people: the value is cut short, so a pasted essay does not flood the page. */
    public String describe() {
        String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
        return parameter + "=“" + shown + "”: " + message;
    }
}
