package org.khorasanatlas.api;

import java.util.List;

import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.geodata.Translation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: what went wrong in words, and for bad parameters the first one's name, value
 * and message at the top plus the first {@link #MAX_PROBLEMS} in {@code problems} ({@code moreProblems} counts the
 * rest). Never an exception's class or stack trace. Names and values are cut to {@link #MAX_TEXT} characters, so a
 * long query never makes an answer many times its size.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorJson(
        String error,
        String parameter,
        String value,
        String message,
        List<ProblemJson> problems,
        Integer moreProblems) {

    static final int MAX_PROBLEMS = 20;
    static final int MAX_TEXT = 200;

    static ErrorJson of(String error, String message) {
        return new ErrorJson(error, null, null, message, null, null);
    }

    /** The problems' messages worded by {@code text}, in the language the request asked for. */
    static ErrorJson badParameters(List<ParameterProblem> problems, Translation text) {
        ParameterProblem first = problems.getFirst();
        int more = problems.size() - Math.min(problems.size(), MAX_PROBLEMS);
        return new ErrorJson(
                "Bad parameter",
                cut(first.parameter()),
                cut(first.value()),
                first.message().in(text),
                problems.stream()
                        .limit(MAX_PROBLEMS)
                        .map(p -> new ProblemJson(
                                cut(p.parameter()), cut(p.value()), p.message().in(text)))
                        .toList(),
                more == 0 ? null : more);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    record ProblemJson(String parameter, String value, String message) {}
}
