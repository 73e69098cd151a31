package org.khorasanatlas.events;

import java.util.List;
import java.util.Optional;

/** A filter read from query parameters, the attack they select (if any) and what had to be ignored. */
public record ParsedFilter(EventFilter filter, Optional<String> eventId, List<ParameterProblem> problems) {

    public ParsedFilter {
        problems = List.copyOf(problems);
    }
}
