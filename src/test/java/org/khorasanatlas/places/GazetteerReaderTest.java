package org.khorasanatlas.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.region.TestCountries;

/** The gazetteer is read like every data file: whole, or refused with each problem's line, place and field. */
class GazetteerReaderTest {

    private final GazetteerReader reader = new GazetteerReader(new JsonDataReader(), TestCountries.shipped());

    @Test
    void readsPlacesWithTheirPrecisionAndSource() {
        Gazetteer gazetteer = new Gazetteer(reader.read(TestDataFiles.fixture("places/good.geojson")));

        Place barchi = gazetteer.find("kabul-dasht-e-barchi").orElseThrow();
        assertThat(barchi.location()).isEqualTo(new GeoPoint(34.4947, 69.0942));
        assertThat(barchi.precision()).isEqualTo(LocationPrecision.NEIGHBOURHOOD);
        assertThat(barchi.kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD);
        assertThat(barchi.within()).isEqualTo("Kabul");
        assertThat(barchi.source().url()).hasToString("https://en.wikipedia.org/wiki/Dashte_Barchi");
        assertThat(gazetteer.find("kabul").orElseThrow().within()).isEmpty();
        assertThat(gazetteer.find("nowhere")).isEmpty();
    }

    @Test
    void everyBrokenPlaceIsNamedWithItsLineAndField() {
        List<DataProblem> problems = catchThrowableOfType(
                        InvalidDataException.class, () -> reader.read(TestDataFiles.fixture("places/broken.geojson")))
                .problems();

        assertThat(problems)
                .extracting(DataProblem::line, DataProblem::item, DataProblem::field)
                .containsExactly(
                        tuple(4, "kabul", "id"),
                        tuple(6, "quetta-wrong-country", "geometry.coordinates"),
                        tuple(8, "unknown-kind", "properties.kind"),
                        tuple(10, "no-source-link", "properties.source.url"));
        assertThat(problems)
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo("bad-geodata/places/broken.geojson"));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Kabul's centre to Dasht-e-Barchi, worked out by hand with the haversine formula: 8.06 km.
        double km = new GeoPoint(34.5281, 69.1723).kilometresTo(new GeoPoint(34.4947, 69.0942));

        assertThat(km).isCloseTo(8.06, offset(0.01));
    }
}
