package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.ProblemList;

class GedCsvTest {

    @Test
    void readsTheReferenceSampleWithItsExtraIso3Column() throws IOException {
        List<GedRow> rows = new ArrayList<>();
        ProblemList problems = new ProblemList("sample");

        int count = GedCsv.read(UcdpFiles.sample(), problems, rows::add);

        assertThat(problems.problems()).isEmpty();
        assertThat(count).isEqualTo(41);
        GedRow karachi = rows.get(2);
        assertThat(karachi.line()).isEqualTo(4);
        assertThat(karachi.id()).isEqualTo(195901);
        assertThat(karachi.iso3()).contains("PAK");
        assertThat(karachi.countryId()).isEqualTo(770);
        assertThat(karachi.dateStart()).isEqualTo(LocalDate.of(2015, 5, 13));
        assertThat(List.of(karachi.low(), karachi.best(), karachi.high())).containsExactly(43, 45, 47);
        assertThat(karachi.sourceHeadline()).startsWith("43 Shiites killed as gunmen attack bus in Karachi;");
        assertThat(karachi.sourceArticle()).startsWith("\"Agence France Presse,2015-05-13,");
        assertThat(rows.getLast().line()).isEqualTo(42);
    }

    @Test
    void findsColumnsByNameAndCountsLinesInsideQuotedFields() throws IOException {
        List<GedRow> rows = new ArrayList<>();
        ProblemList problems = new ProblemList("rules.csv");

        int count = GedCsv.read(UcdpFiles.fixture("rules.csv"), problems, rows::add);

        assertThat(problems.problems()).isEmpty();
        assertThat(count).isEqualTo(16);
        assertThat(rows.getFirst().whereDescription()).isEqualTo("Dasht-e-Barchi, western Kabul");
        assertThat(rows.getFirst().sourceHeadline())
                .isEqualTo("Bomber kills 57 at \"voter centre\" in Kabul;Toll rises to 60");
        assertThat(rows.getFirst().iso3()).isEmpty();
        // The line break inside the quoted field counts for the line numbers and becomes a space in the text.
        assertThat(rows.get(1).whereDescription()).isEqualTo("Jalalabad city outskirts");
        assertThat(rows.stream().map(GedRow::line)).startsWith(2, 3, 5, 6).endsWith(18);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-columns.csv   | 1 |            | missing columns: date_prec, best
            bad-numbers.csv       | 2 | best       | not a whole number: "twelve"
            bad-numbers.csv       | 3 | latitude   | not a decimal number of degrees from -90 to 90: "30,18"
            bad-dates.csv         | 2 | date_start | not a date (YYYY-MM-DD): "2017-02-30 00:00:00.000"
            bad-dates.csv         | 3 | date_end   | not a date (YYYY-MM-DD): "12/08/2017"
            bad-dates.csv         | 4 | date_end   | before date_start (2017-08-12)
            latin1.csv            | 3 |            | not UTF-8 (byte 0xE9)
            iso3-mismatch.csv     | 2 | iso3       | AFG is not the country of country_id 770
            duplicate-id.csv      | 4 | id         | the same event is on line 2
            wrong-field-count.csv | 3 |            | has 51 fields, the header has 50
            unclosed-quote.csv    | 3 |            | not readable as CSV from this row on
            empty.csv             | 1 |            | no header line
            """)
    void reportsEachProblemWithItsLineAndColumn(String file, int line, String column, String message)
            throws IOException {
        ProblemList problems = new ProblemList(file);

        GedCsv.read(UcdpFiles.fixture(file), problems, row -> {});

        assertThat(problems.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo(column == null ? "" : column);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void bytesThatAreNotUtf8InTheHeaderAreOnLineOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("header.csv");
        Files.write(file, "id,c\u00f4t\u00e9\r\n1,a\r\n".getBytes(StandardCharsets.ISO_8859_1));
        ProblemList problems = new ProblemList("header.csv");

        assertThat(GedCsv.read(file, problems, row -> {})).isZero();

        assertThat(problems.problems())
                .singleElement()
                .hasToString("header.csv:1: not UTF-8 (byte 0xF4); save the file" + " as UTF-8");
    }

    @Test
    void handsOnOnlyTheRowsWithoutProblems() throws IOException {
        List<Long> ids = new ArrayList<>();
        ProblemList problems = new ProblemList("bad-dates.csv");

        GedCsv.read(UcdpFiles.fixture("bad-dates.csv"), problems, row -> ids.add(row.id()));

        assertThat(ids).containsExactly(1004L);
        assertThat(problems.problems()).extracting(DataProblem::line).containsExactly(2, 3, 4);
        assertThat(problems.problems().getFirst().toString())
                .isEqualTo("bad-dates.csv:2 [UCDP 1001] field 'date_start': not a date (YYYY-MM-DD):"
                        + " \"2017-02-30 00:00:00.000\"");
    }

    /** The test files under src/test/resources/ucdp/. */
    static final class UcdpFiles {

        private UcdpFiles() {}

        static Path sample() {
            return path("ucdp/ucdp_ged_iskp_sample.csv");
        }

        static Path fixture(String name) {
            return path("ucdp/fixtures/" + name);
        }

        private static Path path(String resource) {
            try {
                return Path.of(
                        Optional.ofNullable(GedCsvTest.class.getClassLoader().getResource(resource))
                                .orElseThrow(() -> new IllegalStateException("no test resource " + resource))
                                .toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
