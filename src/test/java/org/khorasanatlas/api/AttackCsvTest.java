package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.TestEvents;

class AttackCsvTest {

    @Test
    void oneRowPerAttackUnderAHeaderRow() throws IOException {
        AttackEvent kabul = TestEvents.on("2021-08-26")
                .id("2021-08-26-kabul")
                .name("Kabul airport bombing")
                .at("AFG", 34.5658, 69.2125)
                .killed(182, 183, 183)
                .perpetratorsKilled(1)
                .injured(150, 168)
                .build();

        List<CSVRecord> rows = parse(List.of(kabul, TestEvents.event("2022-01-01", 3)));

        assertThat(rows).hasSize(2);
        CSVRecord row = rows.getFirst();
        assertThat(row.getParser().getHeaderNames())
                .containsExactly(
                        "id",
                        "date",
                        "date_precision",
                        "name",
                        "place",
                        "admin1",
                        "country",
                        "latitude",
                        "longitude",
                        "location_precision",
                        "killed_low",
                        "killed_best",
                        "killed_high",
                        "perpetrators_killed",
                        "injured_low",
                        "injured_high",
                        "target",
                        "attack_type",
                        "claim_status",
                        "claim_by",
                        "branch",
                        "source_count",
                        "sources");
        assertThat(row.toMap())
                .containsEntry("id", "2021-08-26-kabul")
                .containsEntry("date", "2021-08-26")
                .containsEntry("date_precision", "day")
                .containsEntry("name", "Kabul airport bombing")
                .containsEntry("country", "AFG")
                .containsEntry("latitude", "34.5658")
                .containsEntry("longitude", "69.2125")
                .containsEntry("location_precision", "town")
                .containsEntry("killed_low", "182")
                .containsEntry("killed_best", "183")
                .containsEntry("killed_high", "183")
                .containsEntry("perpetrators_killed", "1")
                .containsEntry("injured_low", "150")
                .containsEntry("injured_high", "168")
                .containsEntry("target", "civilians")
                .containsEntry("attack_type", "bombing")
                .containsEntry("claim_status", "claimed")
                .containsEntry("claim_by", "Test claimant")
                .containsEntry("branch", "ISKP")
                .containsEntry("source_count", "1")
                .containsEntry("sources", "Test Wire: Test report (2021-08-26) <https://example.org/2021-08-26-kabul>");
    }

    @Test
    void figuresNoSourceGivesAreEmptyNotZero() throws IOException {
        CSVRecord row = parse(List.of(TestEvents.event("2022-01-01", 0))).getFirst();

        assertThat(row.get("killed_best")).isEqualTo("0");
        assertThat(row.get("injured_low")).isEmpty();
        assertThat(row.get("injured_high")).isEmpty();
        assertThat(row.get("perpetrators_killed")).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        List<CSVRecord> rows = parse(List.of(
                TestEvents.on("2022-01-01")
                        .name("=HYPERLINK(\"https://evil.example\",\"x\")")
                        .build(),
                TestEvents.on("2022-01-02").name("+1").build(),
                TestEvents.on("2022-01-03").name("-2+3").build(),
                TestEvents.on("2022-01-04").name("@SUM(A1)").build(),
                TestEvents.on("2022-01-05").name("Mosque bombing, 2+2 killed").build()));

        assertThat(rows)
                .extracting(row -> row.get("name"))
                .containsExactly(
                        "'=HYPERLINK(\"https://evil.example\",\"x\")",
                        "'+1",
                        "'-2+3",
                        "'@SUM(A1)",
                        "Mosque bombing, 2+2 killed");
        assertThat(AttackCsv.defused("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AttackCsv.defused("")).isEmpty();
    }

    @Test
    void negativeCoordinatesStayNumbers() throws IOException {
        CSVRecord row = parse(List.of(
                        TestEvents.on("2022-01-01").at("AFG", -0.0001, -12.5).build()))
                .getFirst();

        assertThat(row.get("latitude")).isEqualTo("-0.0001");
        assertThat(row.get("longitude")).isEqualTo("-12.5");
    }

    @Test
    void writesUtf8() throws IOException {
        List<CSVRecord> rows = parse(List.of(
                TestEvents.on("2022-01-01").name("Attack in Kābul, “quoted”").build()));

        assertThat(rows.getFirst().get("name")).isEqualTo("Attack in Kābul, “quoted”");
    }

    private static List<CSVRecord> parse(List<AttackEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttackCsv.write(events, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
