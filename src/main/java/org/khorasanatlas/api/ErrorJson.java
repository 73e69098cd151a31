package org.khorasanatlas.api;

import java.util.List;

import org.khorasanatlas.events.ParameterProblem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: what went wrong in words, and for bad parameters the first one's name, value
 * and message at the top plus all of them in {@code problems}. Never an exception's class or stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorJson(String error, String parameter, String value, String message, List<ProblemJson> problems) {

    static ErrorJson of(String error, String message) {
        return new ErrorJson(error, null, null, message, null);
    }

    static ErrorJson badParameters(List<ParameterProblem> problems) {
        ParameterProblem first = problems.getFirst();
        return new ErrorJson("Bad parameter", first.parameter(), first.value(), first.message(),
                problems.stream().map(p -> new ProblemJson(p.parameter(), p.value(), p.message())).toList());
    }

    record ProblemJson(String parameter, String value, String message) {
    }
}
