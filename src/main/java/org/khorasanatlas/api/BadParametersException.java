package org.khorasanatlas.api;

import java.util.List;

import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.language.Language;

/** The request's query cannot be used as it is; answered with 400 and every problem. */
class BadParametersException extends RuntimeException {

    private final transient List<ParameterProblem> problems;
    private final Language language;

    /** @param language the language the request asked its messages in */
    BadParametersException(List<ParameterProblem> problems, Language language) {
        super(problems.size() + " bad parameter(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
        this.language = language;
    }

    Language language() {
        return language;
    }

    List<ParameterProblem> problems() {
        return problems;
    }
}
