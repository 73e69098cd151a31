package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;

/**
 * Bad attack files (src/test/resources/bad-geodata/) are refused whole, and every problem names the file, the
 * feature, the field and the line. Each fixture is good.geojson with one thing broken.
 */
class BadAttackFilesTest {

    private final AttackEventReader reader = new AttackEventReader(new JsonDataReader(), TestCountries.shipped(),
            TestGazetteer.shipped());

    @Test
    void theBaselineFixtureIsValid() {
        assertThat(reader.read(TestDataFiles.fixture("good.geojson")))
                .singleElement().extracting(AttackEvent::id).isEqualTo("2020-01-01-good");
    }

    @Test
    void wholeDegreeCoordinatesAreNumbersToo(@TempDir Path dir) throws Exception {
        String good = new String(TestDataFiles.fixture("good.geojson").bytes(), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("whole-degrees.geojson"),
                good.replace("[69.1783, 34.5253]", "[69, 34]"));

        assertThat(reader.read(TestDataFiles.file(file))).singleElement()
                .extracting(AttackEvent::location).isEqualTo(new GeoPoint(34, 69));
    }

    @Test
    void truncatedJson() {
        List<DataProblem> problems = problemsOf("truncated.geojson");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bad-geodata/truncated.geojson");
            assertThat(problem.line()).isEqualTo(3);
        });
    }

    @Test
    void wordForANumber() {
        assertOnlyProblem("wrong-type.geojson", "2020-01-01-wrong-type", "properties.killed.best", 2);
    }

    @Test
    void numberWrittenAsAString() {
        assertOnlyProblem("number-as-string.geojson", "2020-01-01-number-as-string", "properties.killed.best", 2);
    }

    @Test
    void missingRequiredFields() {
        List<DataProblem> problems = problemsOf("missing-fields.geojson");

        assertProblem(problems, "2020-01-01-missing-fields", "properties.name", 2);
        assertProblem(problems, "2020-01-01-missing-fields", "properties.claim", 2);
        assertThat(problems).hasSize(2);
    }

    @Test
    void notANumberAndOutOfRangeCoordinates() {
        List<DataProblem> problems = problemsOf("bad-coordinates.geojson");

        assertProblem(problems, "2020-01-01-nan-coordinates", "geometry.coordinates", 2);
        assertProblem(problems, "2020-01-02-out-of-range", "geometry.coordinates", 5);
        assertThat(problems).hasSize(2);
    }

    @Test
    void killedLowAboveBest() {
        assertOnlyProblem("killed-low-above-best.geojson", "2020-01-01-killed-low-above-best", "properties.killed", 2);
    }

    @Test
    void injuredLowAboveHigh() {
        assertOnlyProblem("injured-low-above-high.geojson", "2020-01-01-injured-low-above-high",
                "properties.injured", 2);
    }

    @Test
    void duplicateIds() {
        DataProblem problem = assertOnlyProblem("duplicate-ids.geojson", "2020-01-01-twice", "id", 5);

        assertThat(problem.message()).contains("line 2");
    }

    @Test
    void noSources() {
        assertOnlyProblem("no-sources.geojson", "2020-01-01-no-sources", "properties.sources", 2);
    }

    @Test
    void javascriptSourceUrl() {
        DataProblem problem = assertOnlyProblem("javascript-url.geojson", "2020-01-01-javascript-url",
                "properties.sources[0].url", 2);

        assertThat(problem.message()).contains("http");
    }

    @Test
    void unknownClaimStatus() {
        DataProblem problem = assertOnlyProblem("unknown-claim-status.geojson", "2020-01-01-unknown-claim-status",
                "properties.claim.status", 2);

        assertThat(problem.message()).contains("rumoured").contains("\"attributed\"");
    }

    @Test
    void kabulCoordinatesWithPakistanAsCountry() {
        DataProblem problem = assertOnlyProblem("outside-country.geojson", "2020-01-01-kabul-in-pakistan",
                "geometry.coordinates", 2);

        assertThat(problem.message()).contains("Pakistan");
    }

    @Test
    void unknownCountryCode() {
        DataProblem problem = assertOnlyProblem("unknown-country.geojson", "2020-01-01-unknown-country",
                "properties.country", 2);

        assertThat(problem.message()).contains("XKB");
    }

    @Test
    void everyBadFeatureIsReported() {
        List<DataProblem> problems = problemsOf("three-bad-features.geojson");

        assertProblem(problems, "2020-01-01-low-above-best", "properties.killed", 2);
        assertProblem(problems, "2020-01-02-no-sources", "properties.sources", 5);
        assertProblem(problems, "2020-01-03-unknown-status", "properties.claim.status", 8);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void topLevelArray() {
        assertThat(problemsOf("top-level-array.geojson")).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(1));
    }

    @Test
    void topLevelObjectThatIsNotAFeatureCollection() {
        assertOnlyProblem("top-level-not-a-collection.geojson", "", "type", 1);
    }

    @Test
    void secondDocumentAfterTheCollection() {
        DataProblem problem = assertOnlyProblem("trailing-garbage.geojson", "", "", 5);

        assertThat(problem.message()).contains("after the FeatureCollection");
    }

    @Test
    void textAfterTheCollection() {
        assertThat(problemsOf("trailing-text.geojson")).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(5));
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws Exception {
        // A broken two-byte sequence, then 0xFF, which is never UTF-8.
        Path file = TestDataFiles.withBytesBefore("good.geojson", "Test attack",
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, dir.resolve("invalid-utf8.geojson"));

        List<DataProblem> problems = problemsOf(TestDataFiles.file(file));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("invalid-utf8.geojson");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).containsIgnoringCase("UTF-8");
        });
    }

    /** A 50 MB file, almost all of it one name: refused at the name, without reading 50 MB into memory. */
    @Test
    void fiftyMegabyteFile(@TempDir Path dir) throws Exception {
        Path file = TestDataFiles.fiftyMegabytesBefore("good.geojson", "Test attack",
                dir.resolve("fifty-megabytes.geojson"));
        assertThat(Files.size(file)).isGreaterThan(50L << 20);

        List<DataProblem> problems = problemsOf(TestDataFiles.file(file));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("fifty-megabytes.geojson");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.field()).isEqualTo("features[0].properties.name");
            assertThat(problem.message()).contains("100000");
        });
    }

    @Test
    void messageListsEveryProblem() {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> reader.read(TestDataFiles.fixture("three-bad-features.geojson")));

        assertThat(e.getMessage()).contains("bad-geodata/three-bad-features.geojson:2 [2020-01-01-low-above-best]",
                "bad-geodata/three-bad-features.geojson:5 [2020-01-02-no-sources]",
                "bad-geodata/three-bad-features.geojson:8 [2020-01-03-unknown-status]");
    }

    private DataProblem assertOnlyProblem(String fixture, String item, String field, int line) {
        List<DataProblem> problems = problemsOf(fixture);
        assertThat(problems).as("problems of %s", fixture).hasSize(1);
        assertProblem(problems, item, field, line);
        return problems.getFirst();
    }

    private static void assertProblem(List<DataProblem> problems, String item, String field, int line) {
        assertThat(problems).as("a problem with %s at line %d, field %s", item, line, field).anySatisfy(problem -> {
            assertThat(problem.item()).isEqualTo(item);
            assertThat(problem.field()).startsWith(field);
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    private List<DataProblem> problemsOf(String fixture) {
        List<DataProblem> problems = problemsOf(TestDataFiles.fixture(fixture));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("bad-geodata/" + fixture));
        return problems;
    }

    private List<DataProblem> problemsOf(DataFile file) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> reader.read(file));
        assertThat(e).as("%s should be refused", file.name()).isNotNull();
        return e.problems();
    }
}
