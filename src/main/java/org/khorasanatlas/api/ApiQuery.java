package org.khorasanatlas.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.khorasanatlas.events.FilterParameters;
import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.events.ParsedFilter;
import org.khorasanatlas.geodata.Wording;
import org.khorasanatlas.language.Language;
import org.springframework.stereotype.Component;

/**
 * Reads an API request's query with the page's codec, but strictly: where the page shows what it can and a
 * notice, a program is better told at once, so any problem, or any parameter the codec does not know,
 * refuses the request.
 */
@Component
class ApiQuery {

    /** The filter's parameters, and the language the API's messages are worded in. */
    private static final Set<String> NAMES = Stream.concat(
                    FilterParameters.NAMES.stream(), Stream.of(Language.PARAMETER))
            .collect(Collectors.toCollection(TreeSet::new));

    private static final String KNOWN = String.join(", ", NAMES);

    private final FilterParameters parameters;

    ApiQuery(FilterParameters parameters) {
        this.parameters = parameters;
    }

    /** @param rawQuery the query string as sent, still percent-encoded; null when there is none */
    Selection read(String rawQuery) {
        return read(rawQuery, Set.of());
    }

    /** As {@link #read(String)}, for an endpoint that also knows these parameters (and reads them itself). */
    Selection read(String rawQuery, Set<String> alsoKnown) {
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, List<String>> query = decode(rawQuery, problems);
        query.forEach((name, values) -> {
            if (!NAMES.contains(name) && !alsoKnown.contains(name)) {
                problems.add(new ParameterProblem(
                        name,
                        String.join(",", values),
                        Wording.of(
                                "problem.unknown",
                                alsoKnown.isEmpty()
                                        ? KNOWN
                                        : KNOWN + ", " + String.join(", ", new TreeSet<>(alsoKnown))),
                        ParameterProblem.IGNORED));
            }
        });
        ParsedFilter parsed = parameters.parse(query);
        problems.addAll(parsed.problems());
        if (!problems.isEmpty()) {
            // Worded in the language of the request's lang, else English: the same request gets the same answer.
            throw new BadParametersException(
                    problems,
                    Language.ofTag(query.getOrDefault(Language.PARAMETER, List.of(""))
                                    .getFirst())
                            .orElse(Language.ENGLISH));
        }
        return new Selection(parsed.filter(), parsed.eventId());
    }

    /**
     * Decoded here rather than by the servlet container, which rejects a broken escape such as {@code %zz}
     * with an exception that names no parameter; here it becomes a problem with the parameter's name.
     */
    private static Map<String, List<String>> decode(String rawQuery, List<ParameterProblem> problems) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.computeIfAbsent(decode(name), key -> new ArrayList<>()).add(decode(value));
            } catch (IllegalArgumentException e) {
                problems.add(
                        new ParameterProblem(name, value, Wording.of("problem.encoding"), ParameterProblem.IGNORED));
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
