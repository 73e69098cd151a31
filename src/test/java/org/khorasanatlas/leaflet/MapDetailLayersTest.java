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

/** Reference, label and choropleth layers, and hollow points: what the server half sends and takes back. */
class MapDetailLayersTest {

    private static final ShapeSource BASE = ShapeSource.topoJson("/map/base.topo.json", "countries");
    private static final MapLayers LAYERS = new MapLayers(
            List.of(BaseLayer.shapes("Offline", BASE, "NE", new ShapeStyle("#888888", 1, "#eeeeee", 1), 13, true)),
            List.of(),
            List.of(new PointLayer("main", "Points", true, false, true)),
            new LatLng(33.5, 64.5),
            5,
            2,
            List.of(
                    new ReferenceLayer(
                            "rivers",
                            ShapeSource.topoJson("/map/base.topo.json", "rivers"),
                            ShapeStyle.line("#0000ff", 1, null),
                            false,
                            4,
                            99,
                            "Offline"),
                    new ReferenceLayer(
                            "detail",
                            ShapeSource.topoJson("/map/detail.topo.json", "provinces"),
                            ShapeStyle.line("#999999", 1, "4 3"),
                            true,
                            8,
                            99,
                            "Offline")),
            List.of(
                    LabelLayer.of("big", "/map/labels-0.geojson", 3, null),
                    LabelLayer.of("towns", "/map/labels-2.geojson", 7, null),
                    new LabelLayer(
                            "villages",
                            "/map/labels-4-{x}-{y}.geojson",
                            11,
                            4,
                            new LatLngBounds(20, 44, 48, 84),
                            null)),
            List.of(new ChoroplethLayer(
                    "provinces",
                    "By province",
                    ShapeSource.topoJson("/map/base.topo.json", "provinces"),
                    true,
                    new FillFade(5, 0.55, 10, 0.05))));

    private final LeafletMap map = new LeafletMap(LAYERS);

    @Test
    void preloadsOnlyWhatTheFirstZoomShows() {
        // Zoom 5: the base file (once) and the first label tier; not the detail borders, later tiers or cells.
        assertThat(LAYERS.geoJsonUrls()).containsExactly("/map/base.topo.json", "/map/labels-0.geojson");
    }

    @Test
    void sendsTheDetailLayersWithTheOthers() {
        JsonNode layers = json("layers");
        assertThat(layers.path("baseLayers").get(0).path("topoObject").asString())
                .isEqualTo("countries");
        assertThat(layers.path("referenceLayers").get(1).path("interiorOnly").asBoolean())
                .isTrue();
        assertThat(layers.path("referenceLayers")
                        .get(1)
                        .path("style")
                        .path("dashArray")
                        .asString())
                .isEqualTo("4 3");
        assertThat(layers.path("labelLayers").get(2).path("cells").path("west").asDouble())
                .isEqualTo(44);
        assertThat(layers.path("choroplethLayers")
                        .get(0)
                        .path("source")
                        .path("topoObject")
                        .asString())
                .isEqualTo("provinces");
        JsonNode fade = layers.path("choroplethLayers").get(0).path("fillFade");
        assertThat(List.of(
                        fade.path("fromZoom").asDouble(),
                        fade.path("fromOpacity").asDouble(),
                        fade.path("toZoom").asDouble(),
                        fade.path("toOpacity").asDouble()))
                .containsExactly(5.0, 0.55, 10.0, 0.05);
    }

    @Test
    void aChoroplethWithoutAFadeIsShadedAlikeAtEveryZoomAndABackwardFadeIsRefused() {
        ChoroplethLayer plain = new ChoroplethLayer("p", "P", BASE, true);
        assertThat(plain.fillFade().fromOpacity()).isEqualTo(plain.fillFade().toOpacity());
        assertThatThrownBy(() -> new FillFade(10, 0.55, 5, 0.05)).hasMessageContaining("from a lower zoom");
        assertThatThrownBy(() -> new FillFade(5, 1.5, 10, 0.05)).hasMessageContaining("from 0 to 1");
    }

    @Test
    void hollowPointsSayTheyAreHollowAndFilledOnesSayNothing() {
        map.setPoints(
                List.of(
                        new PointFeature("ring", new LatLng(34, 69), 5, "#5f5f5f", "A", List.of(), true),
                        new PointFeature("dot", new LatLng(34, 69), 5, "#D55E00", "B", List.of())),
                new MapFocus.Stay());
        JsonNode points = json("points").path("points");
        assertThat(points.get(0).path("hollow").asBoolean()).isTrue();
        assertThat(points.get(1).has("hollow")).isFalse();
    }

    @Test
    void choroplethValuesGoOutAndShapeClicksComeBack() {
        map.setChoropleth(
                "provinces",
                new Choropleth(
                        "Attacks",
                        Map.of("afg-kabul", 46.0),
                        List.of(1.0, 10.0),
                        List.of("#eeeeee", "#333333"),
                        List.of("1–9", "10 or more"),
                        Map.of("afg-kabul", "Kabul: 46"),
                        "afg-kabul"));
        JsonNode sent = json("choropleths").path("provinces");
        assertThat(sent.path("values").path("afg-kabul").asDouble()).isEqualTo(46.0);
        assertThat(sent.path("selectedId").asString()).isEqualTo("afg-kabul");
        assertThat(map.getChoropleth("provinces")).isPresent();

        AtomicReference<String> clicked = new AtomicReference<>();
        map.addShapeClickListener(event -> clicked.set(event.layerId() + "/" + event.shapeId()));
        ComponentUtil.fireEvent(map, new ShapeClickEvent(map, true, "provinces", "afg-nangarhar"));
        assertThat(clicked).hasValue("provinces/afg-nangarhar");
    }

    @Test
    void refusesUnknownChoroplethLayersAndBadClasses() {
        Choropleth any = new Choropleth("A", Map.of(), List.of(1.0), List.of("#ffffff"), List.of("1"), Map.of(), null);
        assertThatThrownBy(() -> map.setChoropleth("nope", any)).hasMessageContaining("no choropleth layer \"nope\"");
        assertThatThrownBy(() -> new Choropleth(
                        "A", Map.of(), List.of(5.0, 1.0), List.of("#fff", "#000"), List.of("a", "b"), Map.of(), null))
                .hasMessageContaining("breaks must rise");
        assertThatThrownBy(() -> new Choropleth(
                        "A", Map.of(), List.of(1.0), List.of("#fff", "#000"), List.of("a"), Map.of(), null))
                .hasMessageContaining("one colour and one legend label per break");
    }

    private JsonNode json(String property) {
        return JsonMapper.builder().build().readTree(map.getElement().getProperty(property));
    }
}
