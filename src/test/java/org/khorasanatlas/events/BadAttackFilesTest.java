package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khorasanatlas.geodata.BadFileCorpus;
import org.khorasanatlas.geodata.BadFileCorpus.BadFile;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;

/**
 * Bad attack files (src/test/resources/bad-geodata/attacks/, see {@link BadFileCorpus}) are refused whole, and every
 * problem names the file, the feature, the field and the line. Each fixture is good.geojson with one thing broken.
 */
class BadAttackFilesTest {

    private final AttackEventReader reader =
            new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithEveryProblemNamed(BadFile bad) {
        bad.assertRefusedBy(reader::read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void theBaselineIsValid(DataFile good) {
        assertThat(reader.read(good)).isNotEmpty();
    }

    @Test
    void everyExpectationHasItsFile() {
        assertThat(BadFileCorpus.orphanedExpectations("attacks")).isEmpty();
    }

    @Test
    void wholeDegreeCoordinatesAreNumbersToo(@TempDir Path dir) throws Exception {
        String good = new String(TestDataFiles.fixture("attacks/good.geojson").bytes(), StandardCharsets.UTF_8);
        Path file =
                Files.writeString(dir.resolve("whole-degrees.geojson"), good.replace("[69.1783, 34.5253]", "[69, 34]"));

        assertThat(reader.read(TestDataFiles.file(file)))
                .singleElement()
                .extracting(AttackEvent::location)
                .isEqualTo(new GeoPoint(34, 69));
    }

    /** A 50 MB file, almost all of it one name: refused at the name, without reading 50 MB into memory. */
    @Test
    void fiftyMegabyteFile(@TempDir Path dir) throws Exception {
        Path file = TestDataFiles.fiftyMegabytesBefore(
                "attacks/good.geojson", "Test attack", dir.resolve("fifty-megabytes.geojson"));
        assertThat(Files.size(file)).isGreaterThan(50L << 20);

        InvalidDataException e =
                catchThrowableOfType(InvalidDataException.class, () -> reader.read(TestDataFiles.file(file)));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("fifty-megabytes.geojson");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.field()).isEqualTo("features[0].properties.name");
            assertThat(problem.message()).contains("100000");
        });
    }

    static Stream<BadFile> badFiles() {
        return BadFileCorpus.bad("attacks");
    }

    static Stream<DataFile> goodFiles() {
        return BadFileCorpus.good("attacks");
    }
}
