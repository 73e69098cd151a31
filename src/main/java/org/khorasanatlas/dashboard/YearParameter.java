package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Optional;

import org.khorasanatlas.events.EventFilter;

/**
 * The {@code year} query parameter: absent means all years; a year the data covers selects it; anything else
 * falls back to all years with a notice saying why, never an error page.
 */
record YearParameter(EventFilter filter, Optional<String> notice) {

    static final String NAME = "year";

    static YearParameter parse(List<String> values, int firstYear, int lastYear) {
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return new YearParameter(EventFilter.allYears(), Optional.empty());
        }
        String value = values.getFirst().strip();
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        if (!value.matches("\\d{4}")) {
            return fallback("“" + shown + "” is not a year. Showing all years.");
        }
        int year = Integer.parseInt(value);
        if (year < firstYear || year > lastYear) {
            return fallback("The data covers " + firstYear + "–" + lastYear + ", not " + year
                    + ". Showing all years.");
        }
        return new YearParameter(EventFilter.year(year), Optional.empty());
    }

    private static YearParameter fallback(String notice) {
        return new YearParameter(EventFilter.allYears(), Optional.of(notice));
    }
}
