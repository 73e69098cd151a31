package org.khorasanatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.EnglishTexts;
import org.khorasanatlas.leaflet.BaseLayer;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointLayer;

/** A view in a link: all three numbers within the map's range, or the map's own view and a problem named. */
class MapViewParametersTest {

    private final MapViewParameters parameters = new MapViewParameters(new MapLayers(
            List.of(BaseLayer.tiles("Streets", "https://tiles.example/{z}/{x}/{y}.png", "©", 16, true)),
            List.of(),
            List.of(new PointLayer("attacks", "Attacks", true, false, true)),
            new LatLng(33, 68),
            5,
            3));

    @Test
    void aViewInRangeIsRead() {
        MapViewParameters.Parsed parsed =
                parameters.parse(Map.of("lat", List.of("34.5281"), "lng", List.of("69.1723"), "zoom", List.of("11.5")));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.view()).contains(new MapFocus.View(new LatLng(34.5281, 69.1723), 11.5));
    }

    @Test
    void noViewIsNoProblem() {
        MapViewParameters.Parsed parsed = parameters.parse(Map.of("year", List.of("2021")));

        assertThat(parsed.view()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void eachBadNumberIsNamedWithItsRange() {
        MapViewParameters.Parsed parsed =
                parameters.parse(Map.of("lat", List.of("NaN"), "lng", List.of("200"), "zoom", List.of("17")));

        assertThat(parsed.view()).isEmpty();
        assertThat(parsed.problems())
                .extracting(problem -> problem.describe(EnglishTexts.translation()))
                .containsExactly(
                        "lat=“NaN”: not a number from -90 to 90; the map's own view",
                        "lng=“200”: not a number from -180 to 180; the map's own view",
                        "zoom=“17”: not a number from 3 to 16; the map's own view");
    }

    @Test
    void aCentreWithoutAZoomIsNotAView() {
        MapViewParameters.Parsed parsed = parameters.parse(Map.of("lat", List.of("34.5"), "lng", List.of("69.2")));

        assertThat(parsed.view()).isEmpty();
        assertThat(parsed.problems())
                .extracting(problem -> problem.describe(EnglishTexts.translation()))
                .containsExactly("lat=“34.5”: needs lat, lng and zoom together; the map's own view");
    }

    @Test
    void aViewIsWrittenAsALinkKeepsIt() {
        assertThat(MapViewParameters.query(new MapFocus.View(new LatLng(34.528134, 69.17231), 6)))
                .isEqualTo("lat=34.5281&lng=69.1723&zoom=6");
    }
}
