package org.khorasanatlas.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;

/** Checks a source as written in a data file and turns it into a {@link Source}. */
public final class SourceReader {

    private SourceReader() {}

    /**
     * @param field where the source sits in its item, e.g. {@code properties.sources[2]}
     * @return the source, or empty after recording what is wrong with it
     */
    public static Optional<Source> read(SourceJson json, ProblemList problems, int line, String item, String field) {
        if (json == null) {
            problems.add(line, item, field, "missing source");
            return Optional.empty();
        }
        int before = problems.size();
        String publisher = Text.required(json.publisher(), problems, line, item, field + ".publisher");
        String title = Text.required(json.title(), problems, line, item, field + ".title");
        LocalDate date = parseDate(json.date(), problems, line, item, field + ".date");
        URI url = parseUrl(json.url(), problems, line, item, field + ".url");
        return problems.size() > before ? Optional.empty() : Optional.of(new Source(publisher, title, date, url));
    }

    private static LocalDate parseDate(String value, ProblemList problems, int line, String item, String field) {
        if (value == null || value.isBlank()) {
            problems.add(line, item, field, "missing date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(line, item, field, "not a date (YYYY-MM-DD): " + value);
            return null;
        }
    }

    private static URI parseUrl(String value, ProblemList problems, int line, String item, String field) {
        if (value == null || value.isBlank()) {
            problems.add(line, item, field, "missing url");
            return null;
        }
        try {
            URI url = new URI(value);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
                problems.add(line, item, field, "only http(s) links with a host are allowed: " + value);
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add(line, item, field, "not a valid URL: " + value);
            return null;
        }
    }
}
