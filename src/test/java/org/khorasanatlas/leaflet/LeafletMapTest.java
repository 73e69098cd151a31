package org.khorasanatlas.leaflet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LeafletMapTest {

    private static final MapLayers LAYERS = new MapLayers(
            List.of(
                    BaseLayer.geoJson(
                            "Outlines",
                            "/countries.geojson",
                            "Natural Earth",
                            new ShapeStyle("#888888", 1, "#eeeeee", 1),
                            10,
                            true),
                    BaseLayer.tiles("Tiles", "https://tiles.example/{z}/{x}/{y}.png", "&copy; tiles", 19, false)),
            List.of(new GeoJsonOverlay(
                    "area",
                    "An <b>area</b>",
                    "/area.geojson",
                    new ShapeStyle("#aa0000", 2, "#ff0000", 0.2),
                    "name",
                    true)),
            List.of(
                    new PointLayer("main", "Points", true, false, true),
                    new PointLayer("extra", "Extra <i>points</i>", false, true, false)),
            new LatLng(33.5, 64.5),
            5,
            2);

    private final LeafletMap map = new LeafletMap(LAYERS);

    @Test
    void sendsTheLayersOnceAsOneJsonProperty() {
        JsonNode layers = json("layers");

        assertThat(layers.path("baseLayers")).hasSize(2);
        assertThat(layers.path("baseLayers").get(0).path("kind").asString()).isEqualTo("GEOJSON");
        assertThat(layers.path("baseLayers").get(1).path("url").asString()).contains("{z}/{x}/{y}");
        assertThat(layers.path("overlays").get(0).path("labelProperty").asString())
                .isEqualTo("name");
        assertThat(layers.path("center").get(0).asDouble()).isEqualTo(33.5);
        assertThat(layers.path("pointLayers")).hasSize(2);
        assertThat(layers.path("pointLayers").get(0).path("cluster").asBoolean())
                .isTrue();
        assertThat(layers.path("pointLayers").get(1).path("name").asString()).isEqualTo("Extra <i>points</i>");
        assertThat(layers.path("pointLayers").get(1).path("hollow").asBoolean()).isTrue();
        assertThat(layers.path("pointLayers").get(1).path("visible").asBoolean())
                .isFalse();
    }

    @Test
    void sendsThePointsOfEveryLayerInOnePayloadAndKeepsTheLayersNotNamed() {
        map.setPoints(
                Map.of("main", List.of(point("a", 10)), "extra", List.of(point("x", 4), point("y", 6))),
                new MapFocus.FitPoints());
        map.setPoints(List.of(point("b", 20)), new MapFocus.Stay());

        JsonNode points = json("points").path("points");
        assertThat(points.valueStream()
                        .map(p ->
                                p.path("id").asString() + "@" + p.path("layer").asString()))
                .containsExactly("b@main", "x@extra", "y@extra");
        assertThat(map.getPoints()).extracting(PointFeature::id).containsExactly("b");
        assertThat(map.getPoints("extra")).extracting(PointFeature::id).containsExactly("x", "y");
        assertThat(json("points").path("fit").asBoolean()).isFalse();
    }

    @Test
    void refusesPointsForALayerItDoesNotHave() {
        assertThatThrownBy(() -> map.setPoints(Map.of("other", List.of(point("a", 1))), new MapFocus.Stay()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
        assertThatThrownBy(() -> new MapLayers(List.of(), List.of(), List.of(), new LatLng(0, 0), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapLayers(
                        List.of(),
                        List.of(),
                        List.of(
                                new PointLayer("a", "A", true, false, true),
                                new PointLayer("a", "B", true, false, true)),
                        new LatLng(0, 0),
                        1,
                        1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unique");
    }

    @Test
    void sendsAllPointsAsOnePayloadWithTheRequestedFocus() {
        map.setPoints(List.of(point("a", 10), point("b", 20)), new MapFocus.FitPoints());

        JsonNode payload = json("points");
        assertThat(payload.path("points").valueStream().map(p -> p.path("id").asString()))
                .containsExactly("a", "b");
        assertThat(payload.path("points").get(1).path("radius").asDouble()).isEqualTo(20);
        assertThat(payload.path("points").get(0).path("details").get(0).asString())
                .isEqualTo("detail of a");
        assertThat(payload.path("fit").asBoolean()).isTrue();
        assertThat(payload.path("center").isNull()).isTrue();

        map.setPoints(List.of(point("c", 5)), new MapFocus.View(new LatLng(1, 2), 6));

        payload = json("points");
        assertThat(payload.path("points")).hasSize(1);
        assertThat(payload.path("fit").asBoolean()).isFalse();
        assertThat(payload.path("zoom").asInt()).isEqualTo(6);
        assertThat(map.getPoints()).extracting(PointFeature::id).containsExactly("c");
    }

    @Test
    void keepsDataTextAsPlainStringsForTheBrowserToSetAsText() {
        map.setPoints(
                List.of(new PointFeature(
                        "x",
                        new LatLng(0, 0),
                        5,
                        "#000000",
                        "<img src=x onerror=alert(1)>",
                        List.of("<script>alert(1)</script>"))),
                new MapFocus.Stay());

        JsonNode point = json("points").path("points").get(0);
        assertThat(point.path("label").asString()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(point.path("details").get(0).asString()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void keepsPayloadsAsciiSoEachSessionStoresThemAtOneBytePerCharacter() {
        map.setPoints(
                List.of(new PointFeature(
                        "x",
                        new LatLng(0, 0),
                        5,
                        "#000000",
                        "Kabul – Hamid Karzai airport",
                        List.of("Killed: 170 (170–183) · کابل"))),
                new MapFocus.Stay());

        String payload = map.getElement().getProperty("points");
        assertThat(payload).matches("\\p{ASCII}*").contains("\\u2013");
        JsonNode point = json("points").path("points").get(0);
        assertThat(point.path("label").asString()).isEqualTo("Kabul – Hamid Karzai airport");
        assertThat(point.path("details").get(0).asString()).isEqualTo("Killed: 170 (170–183) · کابل");
    }

    @Test
    void sendsServerClustersAndAsksForTheViewportOnlyWhenContentIsForTheView() {
        LatLngBounds where = new LatLngBounds(34, 69, 35, 70);
        map.setContent(
                Map.of(
                        "main",
                        new LayerContent(
                                List.of(point("a", 5)),
                                List.of(new PointCluster(new LatLng(34.5, 69.5), 1234, where)),
                                true)),
                new MapFocus.FitBounds(where));

        JsonNode payload = json("points");
        assertThat(payload.path("followViewport").asBoolean()).isTrue();
        assertThat(payload.path("points")).hasSize(1);
        JsonNode cluster = payload.path("clusters").get(0);
        assertThat(cluster.path("layer").asString()).isEqualTo("main");
        assertThat(cluster.path("count").asInt()).isEqualTo(1234);
        assertThat(cluster.path("bounds").get(1).get(0).asDouble()).isEqualTo(35);
        assertThat(payload.path("bounds").get(0).get(1).asDouble()).isEqualTo(69);
        assertThat(payload.path("fit").asBoolean()).isFalse();
        assertThat(map.getLayerContent("main").clusters()).hasSize(1);

        map.setPoints(List.of(point("b", 5)), new MapFocus.Stay());

        assertThat(json("points").path("followViewport").asBoolean()).isFalse();
        assertThat(json("points").path("clusters")).isEmpty();
        assertThat(json("points").path("bounds").isNull()).isTrue();
    }

    @Test
    void remembersTheLastViewportTheBrowserReported() {
        List<Viewport> seen = new java.util.ArrayList<>();
        map.addViewportChangeListener(event -> seen.add(map.getViewport().orElseThrow()));
        assertThat(map.getViewport()).isEmpty();

        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 30, 60, 38, 72, 6.5));

        Viewport expected = new Viewport(new LatLngBounds(30, 60, 38, 72), 6.5);
        assertThat(map.getViewport()).contains(expected);
        assertThat(seen).containsExactly(expected);
        assertThatThrownBy(() -> new LatLngBounds(38, 60, 30, 72)).hasMessageContaining("not a rectangle");
        assertThatThrownBy(() -> new LatLngBounds(Double.NaN, 60, 30, 72)).hasMessageContaining("not a rectangle");
    }

    @Test
    void namesTheGeoJsonFilesAPageCanPreload() {
        assertThat(LAYERS.geoJsonUrls()).containsExactly("/countries.geojson", "/area.geojson");
    }

    @Test
    void reportsTheClickedFeatureId() {
        AtomicReference<String> clicked = new AtomicReference<>();
        map.addFeatureClickListener(event -> clicked.set(event.featureId()));

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "b"));

        assertThat(clicked).hasValue("b");
    }

    @Test
    void selectionAndLegendAreProperties() {
        map.setSelectedFeature("a");
        map.setLegend(new Legend("Key", List.of(new Legend.Entry("One", "#111111"))));

        assertThat(map.getElement().getProperty("selected")).isEqualTo("a");
        assertThat(json("legend").path("entries").get(0).path("label").asString())
                .isEqualTo("One");
        assertThat(json("legend").path("entries").get(0).path("hollow").asBoolean())
                .isFalse();

        map.setSelectedFeature(null);
        assertThat(map.getSelectedFeature()).isNull();
        assertThat(map.getElement().getProperty("selected")).isEmpty();
    }

    private static PointFeature point(String id, double radius) {
        return new PointFeature(
                id, new LatLng(34, 69), radius, "#D55E00", "label of " + id, List.of("detail of " + id));
    }

    private JsonNode json(String property) {
        return JsonMapper.builder().build().readTree(map.getElement().getProperty(property));
    }
}
