package org.khorasanatlas.events;

/**
 * A query parameter that could not be used: what is wrong with it ({@code message}) and what the page does
 * instead ({@code fallback}), in words a reader of the page understands. They are apart because the API does
 * not fall back: it refuses the request and gives only the message.
 */
public record ParameterProblem(String parameter, String value, String message, String fallback) {

    private static final int SHOWN_LENGTH = 24;

    /** For people: the value is cut short, so a pasted essay does not flood the page. */
    public String describe() {
        String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
        return parameter + "=“" + shown + "”: " + message + "; " + fallback;
    }
}
