package org.khorasanatlas.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.InjuryRange;

/**
 * Attacks as CSV (RFC 4180, UTF-8) for spreadsheets: a header row, then one row per attack. A figure no
 * source gives is an empty cell, never 0. Codes are those of the data files (see geodata/README.md).
 */
final class AttackCsv {

    /** The cell of a figure no source gives. */
    private static final String UNKNOWN = "";

    private static final List<Column> COLUMNS = List.of(
            Column.plain("id", AttackEvent::id),
            Column.plain("date", event -> event.date().toString()),
            Column.plain("date_precision", event -> event.datePrecision().code()),
            Column.text("name", AttackEvent::name),
            Column.text("place", AttackEvent::place),
            Column.text("admin1", AttackEvent::admin1),
            Column.plain("country", AttackEvent::country),
            Column.plain("latitude", event -> degrees(event.location().latitude())),
            Column.plain("longitude", event -> degrees(event.location().longitude())),
            Column.plain(
                    "location_precision", event -> event.locationPrecision().code()),
            Column.plain(
                    "killed_low",
                    event -> String.valueOf(event.casualties().killed().low())),
            Column.plain(
                    "killed_best",
                    event -> String.valueOf(event.casualties().killed().best())),
            Column.plain(
                    "killed_high",
                    event -> String.valueOf(event.casualties().killed().high())),
            Column.plain(
                    "perpetrators_killed",
                    event -> event.casualties().perpetratorsKilled().stream()
                            .mapToObj(String::valueOf)
                            .findFirst()
                            .orElse(UNKNOWN)),
            Column.plain("injured_low", event -> injured(event, InjuryRange::low)),
            Column.plain("injured_high", event -> injured(event, InjuryRange::high)),
            Column.plain("target", event -> event.target().code()),
            Column.plain("attack_type", event -> event.attackType().code()),
            Column.plain("claim_status", event -> event.claim().status().code()),
            Column.text("claim_by", event -> event.claim().by()),
            Column.plain("branch", event -> event.branch().code()),
            Column.plain("source_count", event -> String.valueOf(event.sources().size())),
            Column.text(
                    "sources",
                    event -> event.sources().stream()
                            .map(s -> s.publisher() + ": " + s.title() + " (" + s.date() + ") <" + s.url() + ">")
                            .collect(Collectors.joining(" | "))));

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new))
            .get();

    private AttackCsv() {}

    static void write(List<AttackEvent> events, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            for (AttackEvent event : events) {
                printer.printRecord(
                        COLUMNS.stream().map(column -> column.value().apply(event)));
            }
        }
    }

    private static String injured(AttackEvent event, ToIntFunction<InjuryRange> bound) {
        return event.casualties()
                .injured()
                .map(range -> String.valueOf(bound.applyAsInt(range)))
                .orElse(UNKNOWN);
    }

    /** As in the data file: 34.5658, not 34.56580 or 3.45658E1. */
    private static String degrees(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so a name
     * or source title crafted like {@code =HYPERLINK(...)} could act when the file is opened (CSV injection).
     * A leading apostrophe makes the spreadsheet show it as text. Only free text gets it: codes and figures
     * come from checked values, and a negative coordinate must stay a number.
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A header and how to write its cell; free text is defused, codes and figures are written as they are. */
    private record Column(String header, Function<AttackEvent, String> value) {

        static Column plain(String header, Function<AttackEvent, String> value) {
            return new Column(header, value);
        }

        static Column text(String header, Function<AttackEvent, String> text) {
            return new Column(header, text.andThen(AttackCsv::defused));
        }
    }
}
