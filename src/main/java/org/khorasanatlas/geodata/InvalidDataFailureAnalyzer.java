package org.khorasanatlas.geodata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad data file at start-up into a short report of what to fix, instead of a stack trace. */
class InvalidDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the data file(s) named above (see geodata/README.md for the format), then start again. "
                        + "The app does not start on partly valid data.",
                cause);
    }
}
