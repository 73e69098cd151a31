package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.geodata.Wording;

/**
 * A query parameter that could not be used: what is wrong with it ({@code message}) and what the page does
 * instead ({@code fallback}), worded in the reader's language when shown. They are apart because the API does
 * not fall back: it refuses the request and gives only the message.
 */
public record ParameterProblem(String parameter, String value, Wording message, Wording fallback) {

    /** What the page does with most bad parameters, and what the API says it would have done. */
    public static final Wording IGNORED = Wording.of("problem.fallback.ignored");

    private static final int SHOWN_LENGTH = 24;

    /** For people: the value is cut short, so a pasted essay does not flood the page. */
    public String describe(Translation text) {
        String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
        return text.of("problem.line", parameter, shown, message.in(text), fallback.in(text));
    }
}
