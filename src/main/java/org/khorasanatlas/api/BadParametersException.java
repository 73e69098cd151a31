package org.khorasanatlas.api;

import java.util.List;

import org.khorasanatlas.events.ParameterProblem;

/** The request's query cannot be used as it is; answered with 400 and every problem. */
class BadParametersException extends RuntimeException {

    private final transient List<ParameterProblem> problems;

    BadParametersException(List<ParameterProblem> problems) {
        super(problems.size() + " bad parameter(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    List<ParameterProblem> problems() {
        return problems;
    }
}
