package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.ShippedAttackFiles;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.imports.GedCsvTest.UcdpFiles;
import org.khorasanatlas.region.TestCountries;

/** The command as a person runs it: on the real UCDP sample, on damaged files, and again on its own output. */
class UcdpImportCommandTest {

    private static final AttackEventReader READER = ShippedAttackFiles.reader();
    private static final AttackCatalog CURATED = ShippedAttackFiles.curated();

    private final UcdpImportCommand command = new UcdpImportCommand(TestCountries.shipped(), READER, CURATED);

    @TempDir
    private Path folder;

    /** The counts were checked by reading the CSV independently (see geodata/README.md, "Imported files"). */
    @Test
    void importsTheReferenceSampleAndAccountsForEveryRow() throws IOException {
        Path out = folder.resolve("imported/ucdp-ged.geojson");

        Run run = run(UcdpFiles.sample().toString(), "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out)
                .contains("Rows read: 41\n", "Kept: 21\n", "Skipped: 20\n")
                .containsPattern("15  branch ambiguous: .*; lines 28-42\n")
                .containsPattern("1  date too imprecise: .*; line 12\n")
                .containsPattern("4  only IS fighters died .*; lines 9, 25-27\n")
                .contains("21 added, 0 unchanged, 0 changed, 0 kept from the file")
                .contains("Possible duplicates of curated attacks (kept in both files; check them by hand): 11")
                .contains("line 4 ucdp-195901 (13 May 2015, Karachi town) ~ 2015-05-13-karachi-safoora-bus:"
                        + " same day, 0 km")
                .contains("line 20 ucdp-274628 (5 June 2018, near Mastung city) ~ 2018-06-04-mastung-fc-checkpost:"
                        + " 1 day apart, 0 km")
                .contains("line 24 ucdp-275159 (24 November 2018, Kalaya town) ~ 2018-11-23-orakzai-kalaya-market:"
                        + " 1 day apart, 6 km")
                .contains("Wrote 21 attacks to " + out);
        List<AttackEvent> written = read(out);
        assertThat(written).hasSize(21).allSatisfy(event -> {
            assertThat(event.id()).startsWith("ucdp-");
            assertThat(event.country()).isEqualTo("PAK");
            assertThat(event.branch()).isEqualTo(Branch.ISKP);
            assertThat(event.claim().status()).isEqualTo(ClaimStatus.SUSPECTED);
            assertThat(event.date()).isBefore(KhorasanCountry.PAKISTAN_PROVINCE);
        });
        assertThat(written.getFirst().id()).isEqualTo("ucdp-194655");
        assertThat(written.getLast().id()).isEqualTo("ucdp-275159");
        assertThat(written).extracting(AttackEvent::id).contains("ucdp-254484").doesNotContain("ucdp-238132");
        assertThat(siblingsOf(out)).containsExactly(out);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        run(UcdpFiles.sample().toString(), "--out", out.toString());
        byte[] first = Files.readAllBytes(out);

        Run again = run(UcdpFiles.sample().toString(), "--out", out.toString());

        assertThat(again.exitCode).isZero();
        assertThat(again.out).contains("0 added, 21 unchanged, 0 changed, 0 kept from the file");
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    @Test
    void anAttackChangedSinceTheLastImportIsAConflictAndKeptUnlessReplacingIsAskedFor() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        run(UcdpFiles.sample().toString(), "--out", out.toString());
        List<AttackEvent> corrected = read(out).stream()
                .map(event -> event.id().equals("ucdp-236038")
                        ? new AttackEvent(
                                event.id(),
                                "Quetta police training college attack",
                                event.date(),
                                event.datePrecision(),
                                event.place(),
                                event.admin1(),
                                event.country(),
                                event.location(),
                                event.locationPrecision(),
                                event.casualties(),
                                event.target(),
                                event.attackType(),
                                event.claim(),
                                event.branch(),
                                event.sources(),
                                event.gazetteerPlace())
                        : event)
                .toList();
        write(out, corrected);

        Run kept = run(UcdpFiles.sample().toString(), "--out", out.toString());

        assertThat(kept.exitCode).isZero();
        assertThat(kept.out)
                .contains("0 added, 20 unchanged, 1 changed")
                .contains("the file's version is kept")
                .contains("line 6 ucdp-236038: name");
        assertThat(read(out))
                .contains(corrected.stream()
                        .filter(e -> e.id().equals("ucdp-236038"))
                        .findFirst()
                        .orElseThrow());

        Run replaced = run(UcdpFiles.sample().toString(), "--out", out.toString(), "--replace-changed");

        assertThat(replaced.exitCode).isZero();
        assertThat(replaced.out).contains("replaced by this import's version").contains("line 6 ucdp-236038: name");
        assertThat(read(out))
                .filteredOn(e -> e.id().equals("ucdp-236038"))
                .extracting(AttackEvent::name)
                .containsExactly("Government of Pakistan – IS in Quetta district");
    }

    @Test
    void attacksOfAnEarlierImportThatThisFileDoesNotHoldAreKept() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        run(UcdpFiles.sample().toString(), "--out", out.toString());

        Run rules = run(UcdpFiles.fixture("rules.csv").toString(), "--out", out.toString(), "--release", "25.1");

        assertThat(rules.exitCode).as(rules.err).isZero();
        assertThat(rules.out)
                .contains("Rows read: 16", "Kept: 6", "Skipped: 10")
                .contains("6 added, 0 unchanged, 0 changed, 21 kept from the file")
                .contains("Wrote 27 attacks");
        assertThat(read(out))
                .hasSize(27)
                .filteredOn(e -> e.id().equals("ucdp-9016"))
                .singleElement()
                .satisfies(e -> assertThat(e.sources().getFirst().publisher())
                        .isEqualTo("Uppsala Conflict Data Program (UCDP GED 25.1)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-columns.csv   | missing-columns.csv:1: missing columns: date_prec, best
            bad-numbers.csv       | bad-numbers.csv:2 [UCDP 1001] field 'best': not a whole number: "twelve"
            bad-dates.csv         | bad-dates.csv:3 [UCDP 1002] field 'date_end': not a date (YYYY-MM-DD): "12/08/2017"
            latin1.csv            | latin1.csv:3: not UTF-8 (byte 0xE9); save the file as UTF-8
            iso3-mismatch.csv     | iso3-mismatch.csv:2 [UCDP 1001] field 'iso3': AFG is not the country of country_id 770
            duplicate-id.csv      | duplicate-id.csv:4 [UCDP 1001] field 'id': the same event is on line 2
            wrong-field-count.csv | wrong-field-count.csv:3 [UCDP 1002]: has 51 fields, the header has 50
            unclosed-quote.csv    | unclosed-quote.csv:3: not readable as CSV from this row on
            empty.csv             | empty.csv:1: no header line
            """)
    void aDamagedFileIsRefusedWithTheLineOfEachProblemAndNothingIsWritten(String file, String message) {
        Path out = folder.resolve("imported/ucdp-ged.geojson");

        Run run = run(UcdpFiles.fixture(file).toString(), "--out", out.toString());

        assertThat(run.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(run.err)
                .contains("Import refused, nothing was written")
                .contains(message)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aFailedImportLeavesTheEarlierFileAsItWas() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        run(UcdpFiles.sample().toString(), "--out", out.toString());
        byte[] before = Files.readAllBytes(out);

        Run failed = run(UcdpFiles.fixture("bad-numbers.csv").toString(), "--out", out.toString());

        assertThat(failed.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(siblingsOf(out)).containsExactly(out);
    }

    @Test
    void neverWritesIntoCuratedAttacks() throws IOException {
        Path curatedName = folder.resolve("attacks.geojson");
        Files.writeString(curatedName, "curated");
        Path curatedCopy = folder.resolve("mine.geojson");
        Files.copy(TestDataFiles.shipped("attacks.geojson").open(), curatedCopy);
        byte[] copyBefore = Files.readAllBytes(curatedCopy);

        Run byName = run(UcdpFiles.sample().toString(), "--out", curatedName.toString());
        Run byContent = run(UcdpFiles.sample().toString(), "--out", curatedCopy.toString());

        assertThat(byName.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(byName.err).contains("Refusing to write").contains("curated");
        assertThat(Files.readString(curatedName)).isEqualTo("curated");
        assertThat(byContent.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(byContent.err).contains("[2015-04-18-jalalabad-bank] field 'id': not a UCDP import");
        assertThat(Files.readAllBytes(curatedCopy)).isEqualTo(copyBefore);
    }

    @Test
    void anUnreadableEarlierFileIsNotOverwritten() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        Files.writeString(out, "{\"type\": \"FeatureCollection\", \"features\": [");

        Run run = run(UcdpFiles.sample().toString(), "--out", out.toString());

        assertThat(run.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(run.err)
                .contains("cannot be merged into, so nothing was written")
                .contains(out.toString());
        assertThat(Files.readString(out)).isEqualTo("{\"type\": \"FeatureCollection\", \"features\": [");
    }

    @Test
    void wrongArgumentsShowTheUsage() {
        assertThat(run().exitCode).isEqualTo(UcdpImportCommand.BAD_USAGE);
        assertThat(run().err).contains("Name the UCDP GED CSV file").contains("Usage: java -jar");
        assertThat(run("a.csv", "--colour", "red").err).contains("Unknown argument \"--colour\"");
        assertThat(run("a.csv", "--out").err).contains("--out needs a value");

        Run missing = run(folder.resolve("nowhere.csv").toString());
        assertThat(missing.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(missing.err).contains("Cannot read").contains("nowhere.csv");
    }

    private List<AttackEvent> read(Path file) {
        return READER.read(TestDataFiles.file(file));
    }

    private static void write(Path file, List<AttackEvent> events) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            AttackGeoJson.write(events, out);
        }
    }

    /** The files beside {@code file}, but for the import's lock file, which stays on purpose ({@link ImportLock}). */
    private static List<Path> siblingsOf(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(path -> !path.equals(ImportLock.fileFor(file))).toList();
        }
    }

    private Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(ImportOptions.SOURCE));
        all.addAll(List.of(arguments));
        int exitCode = command.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {}
}
