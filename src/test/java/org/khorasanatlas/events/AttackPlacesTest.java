package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.Gazetteer;
import org.khorasanatlas.places.GazetteerReader;
import org.khorasanatlas.region.TestCountries;

/**
 * An attack that names a place of the gazetteer is drawn where that place is: the reference must exist, the
 * precision must match, and the point must lie within the place's reach (10 km for a town, 3 for a neighbourhood).
 */
class AttackPlacesTest {

    private final Gazetteer gazetteer = new Gazetteer(new GazetteerReader(new JsonDataReader(), TestCountries.shipped())
            .read(TestDataFiles.fixture("places/good.geojson")));
    private final AttackEventReader reader =
            new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), gazetteer);

    @TempDir
    Path dir;

    @Test
    void anAttackAtItsPlaceKnowsThePlace() throws Exception {
        AttackEvent event = reader.read(TestDataFiles.file(attack("\"placeId\": \"kabul\", ")))
                .getFirst();

        assertThat(event.gazetteerPlace())
                .get()
                .extracting(place -> place.name())
                .isEqualTo("Kabul");
    }

    @Test
    void anAttackWithoutAPlaceIsReadForImportedFiles() throws Exception {
        assertThat(reader.read(TestDataFiles.file(attack(""))).getFirst().gazetteerPlace())
                .isEmpty();
    }

    @Test
    void anUnknownPlaceIsRefused() throws Exception {
        assertThat(problems(attack("\"placeId\": \"kabul-nowhere\", ")))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("properties.placeId");
                    assertThat(problem.message()).contains("kabul-nowhere");
                    assertThat(problem.line()).isEqualTo(2);
                });
    }

    @Test
    void aPointFartherThanThePlaceAllowsIsRefused() throws Exception {
        // The fixture's point is Kabul's centre, 8.4 km from Dasht-e-Barchi (haversine, by hand): too far for a
        // neighbourhood (3 km).
        Path file = attack("\"placeId\": \"kabul-dasht-e-barchi\", ");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("\"locationPrecision\": \"town\"", "\"locationPrecision\": \"neighbourhood\""));

        assertThat(problems(file)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("geometry.coordinates");
            assertThat(problem.message()).contains("8.4 km", "kabul-dasht-e-barchi", "3 km");
        });
    }

    @Test
    void aPrecisionOtherThanThePlacesIsRefused() throws Exception {
        Path file = attack("\"placeId\": \"kabul\", ");
        Files.writeString(
                file,
                Files.readString(file).replace("\"locationPrecision\": \"town\"", "\"locationPrecision\": \"site\""));

        assertThat(problems(file))
                .singleElement()
                .extracting(DataProblem::field)
                .isEqualTo("properties.locationPrecision");
    }

    /** The good fixture with {@code placeId} written before its location precision. */
    private Path attack(String placeId) throws Exception {
        String good = new String(TestDataFiles.fixture("attacks/good.geojson").bytes(), StandardCharsets.UTF_8);
        return Files.writeString(
                dir.resolve("attack.geojson"),
                good.replace("\"locationPrecision\"", placeId + "\"locationPrecision\""));
    }

    private List<DataProblem> problems(Path file) {
        return catchThrowableOfType(InvalidDataException.class, () -> reader.read(TestDataFiles.file(file)))
                .problems();
    }
}
