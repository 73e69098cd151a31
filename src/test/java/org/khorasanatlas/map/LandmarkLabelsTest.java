package org.khorasanatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.places.Gazetteer;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.places.Place;
import org.khorasanatlas.places.PlaceKind;
import org.khorasanatlas.sources.Source;

/** The gazetteer's neighbourhoods and landmarks as map labels, with the short names a map shows. */
class LandmarkLabelsTest {

    private static final Source SOURCE =
            new Source("Test", "Test", LocalDate.of(2026, 12, 4), URI.create("https://example.org/"));

    @Test
    void neighbourhoodsComeFirstThenLandmarksAndTownsAndRoadsAreLeftOut() {
        Map<String, Object> collection = LandmarkLabels.collection(List.of(
                place("kabul", "Kabul", PlaceKind.TOWN, 34.5, 69.2),
                place(
                        "kabul-sakhi-shrine",
                        "Sakhi Shrine (Ziyarat-e Sakhi), Karte Sakhi",
                        PlaceKind.SHRINE,
                        34.52,
                        69.15),
                place("kabul-shahr-e-naw", "Shahr-e Naw", PlaceKind.NEIGHBOURHOOD, 34.53, 69.17),
                place("kabul-serena-area", "Area around Kabul Serena Hotel", PlaceKind.NEIGHBOURHOOD, 34.51, 69.18),
                place("kabul-road", "Shaheed Mazari Road", PlaceKind.ROAD, 34.49, 69.11),
                place("kabul-uni-a", "Marshal Fahim University, Qargha", PlaceKind.MILITARY_BASE, 34.54, 69.05),
                place("kabul-uni-b", "Marshal Fahim University, Qargha", PlaceKind.MILITARY_BASE, 34.54, 69.05)));

        List<Map<String, Object>> properties = properties(collection);
        assertThat(properties)
                .extracting(p -> p.get("text"), p -> p.get("rank"), p -> p.get("kind"))
                .containsExactly(
                        tuple("Shahr-e Naw", 0, "neighbourhood"),
                        tuple("Sakhi Shrine", 1, "landmark"),
                        tuple("Kabul Serena Hotel", 1, "landmark"),
                        tuple("Marshal Fahim University", 1, "landmark"));
    }

    @Test
    void aLabelIsTheNameWithoutItsAsidesAndWhereaboutsEvenWhenAnAsideHoldsAComma() {
        assertThat(LandmarkLabels.text("Ministry of Interior Affairs headquarters (new compound, airport road)"))
                .isEqualTo("Ministry of Interior Affairs headquarters");
        assertThat(LandmarkLabels.text("Area around Arg (presidential palace)")).isEqualTo("Arg");
        assertThat(LandmarkLabels.text("Gurdwara Har Rai Sahib, Shor Bazaar")).isEqualTo("Gurdwara Har Rai Sahib");
    }

    @Test
    void aLabelLiesAtItsPlaceLongitudeFirst() {
        Map<String, Object> collection = LandmarkLabels.collection(
                List.of(place("kabul-khair-khana", "Khair Khana", PlaceKind.NEIGHBOURHOOD, 34.58, 69.12)));
        assertThat(collection.toString()).contains("coordinates=[69.12, 34.58]");
    }

    @Test
    void theUrlCarriesAVersionOfTheContents() throws java.io.IOException {
        Function<String, LandmarkLabels> labels = name ->
                new LandmarkLabels(new Gazetteer(Map.of("x", place("x", name, PlaceKind.NEIGHBOURHOOD, 34.58, 69.12))));
        LandmarkLabels first = labels.apply("Khair Khana");
        assertThat(first.url()).matches("/geodata/landmarks/[0-9a-f]{12}\\.geojson");
        assertThat(labels.apply("Khair Khana").url()).isEqualTo(first.url());
        assertThat(labels.apply("Karte Char").url()).isNotEqualTo(first.url());
        String version = first.url().replaceAll(".*/|\\.geojson", "");
        assertThat(first.file(version)).isPresent();
        assertThat(first.file("000000000000")).isEmpty();
        assertThat(new String(first.file(version).orElseThrow().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("\"text\":\"Khair Khana\"");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> properties(Map<String, Object> collection) {
        return ((List<Map<String, Object>>) collection.get("features"))
                .stream()
                        .map(feature -> (Map<String, Object>) feature.get("properties"))
                        .collect(Collectors.toList());
    }

    private static Place place(String id, String name, PlaceKind kind, double lat, double lng) {
        return new Place(
                id,
                name,
                kind,
                "kabul",
                "Kabul",
                "AFG",
                new GeoPoint(lat, lng),
                kind == PlaceKind.NEIGHBOURHOOD ? LocationPrecision.NEIGHBOURHOOD : LocationPrecision.SITE,
                SOURCE,
                null);
    }
}
