package org.khorasanatlas.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.khorasanatlas.geodata.ProblemList;

/**
 * Reads a UCDP GED CSV file row by row: strict UTF-8, RFC 4180 quoting (fields with commas, quotes and line
 * breaks), either line ending. Columns are found by their header names, never by position: releases differ in
 * the columns they carry (the HDX extract adds {@code iso3}) and in their order. Every value that cannot be
 * read is recorded with its line and column; rows without such problems are handed on.
 */
final class GedCsv {

    static final List<String> REQUIRED_COLUMNS = List.of(
            "id",
            "type_of_violence",
            "side_a",
            "side_b",
            "source_article",
            "source_date",
            "source_headline",
            "source_original",
            "where_prec",
            "where_description",
            "adm_1",
            "adm_2",
            "latitude",
            "longitude",
            "country",
            "country_id",
            "date_prec",
            "date_start",
            "date_end",
            "deaths_a",
            "deaths_b",
            "deaths_civilians",
            "deaths_unknown",
            "best",
            "high",
            "low");
    /** Only in some republished extracts; checked against country_id when present. */
    static final String ISO3_COLUMN = "iso3";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    /** GED writes "2015-01-30 00:00:00.000" or, in other releases, "2015-01-30". */
    private static final Pattern DATE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private GedCsv() {}

    /**
     * Hands every readable row of {@code file} to {@code rows}, and records in {@code problems} what cannot be
     * read: a missing column, a value that is not what the column holds, bytes that are not UTF-8, broken quoting.
     *
     * @return how many data rows the file has (read so far, when a problem ended the reading early)
     */
    static int read(Path file, ProblemList problems, Consumer<GedRow> rows) throws IOException {
        try (Reader text = new StrictUtf8Reader(Files.newInputStream(file))) {
            CSVParser parser;
            try {
                parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
            } catch (IOException | UncheckedIOException e) {
                // The parser reads the header line at once: bytes that are not UTF-8 in it end up here.
                problems.add(notUtf8(e).map(n -> (int) n.line()).orElse(1), "", "", unreadable(e));
                return 0;
            }
            try (parser) {
                return read(parser, problems, rows);
            }
        }
    }

    private static int read(CSVParser parser, ProblemList problems, Consumer<GedRow> rows) {
        if (!hasRequiredColumns(parser.getHeaderNames(), problems)) {
            return 0;
        }
        boolean hasIso3 = parser.getHeaderNames().contains(ISO3_COLUMN);
        Map<Long, Integer> lineOfId = new HashMap<>();
        Iterator<CSVRecord> records = parser.iterator();
        int count = 0;
        long lastLine = parser.getCurrentLineNumber();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return count;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                problems.add(notUtf8(e).map(n -> (int) n.line()).orElse((int) lastLine + 1), "", "", unreadable(e));
                return count;
            }
            count++;
            lastLine = parser.getCurrentLineNumber();
            int line = (int) (lastLine - lineBreaksIn(record));
            new Fields(record, line, problems, hasIso3, parser.getHeaderNames().size())
                    .row()
                    .ifPresent(row -> {
                        Integer earlier = lineOfId.putIfAbsent(row.id(), line);
                        if (earlier != null) {
                            problems.add(line, "UCDP " + row.id(), "id", "the same event is on line " + earlier);
                        } else {
                            rows.accept(row);
                        }
                    });
        }
    }

    private static boolean hasRequiredColumns(List<String> header, ProblemList problems) {
        if (header.isEmpty()) {
            problems.add(1, "", "", "no header line: the first line must name the columns (id,relid,year,...)");
            return false;
        }
        List<String> missing = REQUIRED_COLUMNS.stream()
                .filter(column -> !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(
                    1,
                    "",
                    "",
                    (missing.size() == 1 ? "missing column: " : "missing columns: ") + String.join(", ", missing)
                            + " (is this a UCDP GED CSV file?)");
            return false;
        }
        return true;
    }

    /**
     * Line breaks (CR LF, LF or CR) inside quoted fields, so a row's first line can be told from the parser's
     * line after it.
     */
    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static Optional<StrictUtf8Reader.NotUtf8Exception> notUtf8(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                return Optional.of(notUtf8);
            }
        }
        return Optional.empty();
    }

    private static String unreadable(Exception e) {
        return notUtf8(e).map(Exception::getMessage).orElseGet(() -> {
            Throwable root = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            return "not readable as CSV from this row on: " + root.getMessage()
                    + " (a quote opened and never closed, or text right after a closing quote?)";
        });
    }

    /** The fields of one record, read with the record's line and id in every problem. */
    private static final class Fields {

        private final CSVRecord record;
        private final int line;
        private final ProblemList problems;
        private final boolean hasIso3;
        private final int columns;
        private final String item;

        Fields(CSVRecord record, int line, ProblemList problems, boolean hasIso3, int columns) {
            this.record = record;
            this.line = line;
            this.problems = problems;
            this.hasIso3 = hasIso3;
            this.columns = columns;
            String id = record.isSet("id") ? PlainText.of(record.get("id")).strip() : "";
            this.item = id.isEmpty() ? "" : "UCDP " + id;
        }

        Optional<GedRow> row() {
            if (!record.isConsistent()) {
                problems.add(
                        line,
                        item,
                        "",
                        "has " + record.size() + " fields, the header has " + columns
                                + " (a stray comma, or a field with a comma that is not in quotes?)");
                return Optional.empty();
            }
            int problemsBefore = problems.size();
            long id = id();
            int typeOfViolence = whole("type_of_violence", 1, 3);
            int wherePrec = whole("where_prec", 1, 7);
            double latitude = degrees("latitude", 90);
            double longitude = degrees("longitude", 180);
            int countryId = whole("country_id", 1, Integer.MAX_VALUE);
            int datePrec = whole("date_prec", 1, 5);
            LocalDate dateStart = date("date_start");
            LocalDate dateEnd = date("date_end");
            if (dateStart != null && dateEnd != null && dateEnd.isBefore(dateStart)) {
                problem("date_end", "before date_start (" + dateStart + ")");
            }
            int deathsA = whole("deaths_a", 0, Integer.MAX_VALUE);
            int deathsB = whole("deaths_b", 0, Integer.MAX_VALUE);
            int deathsCivilians = whole("deaths_civilians", 0, Integer.MAX_VALUE);
            int deathsUnknown = whole("deaths_unknown", 0, Integer.MAX_VALUE);
            int best = whole("best", 0, Integer.MAX_VALUE);
            int high = whole("high", 0, Integer.MAX_VALUE);
            int low = whole("low", 0, Integer.MAX_VALUE);
            Optional<String> iso3 =
                    hasIso3 ? Optional.of(text(GedCsv.ISO3_COLUMN)).filter(s -> !s.isEmpty()) : Optional.empty();
            iso3.filter(code -> countryId != 0
                            && !KhorasanCountry.byCountryId(countryId).equals(KhorasanCountry.byIso3(code)))
                    .ifPresent(code ->
                            problem(GedCsv.ISO3_COLUMN, code + " is not the country of country_id " + countryId));
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new GedRow(
                    line,
                    id,
                    typeOfViolence,
                    text("side_a"),
                    text("side_b"),
                    text("source_article"),
                    text("source_date"),
                    text("source_headline"),
                    text("source_original"),
                    wherePrec,
                    text("where_description"),
                    text("adm_1"),
                    text("adm_2"),
                    latitude,
                    longitude,
                    text("country"),
                    countryId,
                    iso3,
                    datePrec,
                    dateStart,
                    dateEnd,
                    deathsA,
                    deathsB,
                    deathsCivilians,
                    deathsUnknown,
                    best,
                    high,
                    low));
        }

        /** Every value is read through here, so no control character reaches the data or a problem's message. */
        private String text(String column) {
            return PlainText.of(record.get(column)).strip();
        }

        private long id() {
            String value = text("id");
            if (!value.matches("\\d{1,18}")) {
                problem("id", "not a UCDP event id (a whole number): \"" + value + "\"");
                return 0;
            }
            return Long.parseLong(value);
        }

        private int whole(String column, int min, int max) {
            String value = text(column);
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                problem(column, "not a whole number: \"" + value + "\"");
                return 0;
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(column, value + " is outside " + min + "–" + max);
                return 0;
            }
            return number;
        }

        private double degrees(String column, double limit) {
            String value = text(column);
            try {
                double degrees = Double.parseDouble(value);
                if (value.matches("-?\\d+(\\.\\d+)?") && Math.abs(degrees) <= limit) {
                    return degrees;
                }
            } catch (NumberFormatException e) {
                // reported below, as every other unusable value
            }
            problem(
                    column,
                    "not a decimal number of degrees from -" + (int) limit + " to " + (int) limit + ": \"" + value
                            + "\"");
            return 0;
        }

        private LocalDate date(String column) {
            String value = text(column);
            Matcher matcher = DATE.matcher(value);
            if (matcher.matches()) {
                try {
                    return LocalDate.parse(matcher.group(1));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problem(column, "not a date (YYYY-MM-DD): \"" + value + "\"");
            return null;
        }

        private void problem(String column, String message) {
            problems.add(line, item, column, message);
        }
    }
}
