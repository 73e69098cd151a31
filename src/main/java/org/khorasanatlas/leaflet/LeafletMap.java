package org.khorasanatlas.leaflet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map as a Flow component. It knows base layers, GeoJSON overlays, reference and label layers shown by
 * zoom, choropleth layers and named layers of point features, nothing about what they stand for. Each change reaches the browser as one JSON payload holding the points (and
 * server-made clusters) of every point layer; clicks come back as {@link FeatureClickEvent}s carrying the feature
 * id, and a content made for the viewport brings each new view back as a {@link ViewportChangeEvent}.
 */
@Tag("flow-leaflet-map")
@JsModule("./leaflet/leaflet-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/topojson-client", version = "3.1.5", dev = true)
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6", dev = true)
public class LeafletMap extends Component implements HasSize, HasStyle {

    /**
     * Marks a page's {@code <link rel="preload" as="fetch">} of a shape file (one of {@link MapLayers#geoJsonUrls()}):
     * the map's script reads such files as soon as it loads, before any map asks for them.
     */
    public static final String SHAPES_PRELOAD_ATTRIBUTE = "data-flm-shapes";

    /**
     * Immutable and thread-safe: one serializer for every map instance. Non-ASCII text is escaped so that the
     * payloads each session keeps as properties stay one byte per character in the JVM (a single "–" would make
     * Java store the whole string at two bytes per character).
     */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** What every point layer shows, by layer id, in the order of {@link MapLayers#pointLayers()}. */
    private final Map<String, LayerContent> content = new LinkedHashMap<>();

    private final String mainLayer;
    /** What each choropleth layer shows, by layer id; null until set. */
    private final Map<String, Choropleth> choropleths = new LinkedHashMap<>();

    private String selectedId;
    private Viewport viewport;

    public LeafletMap(MapLayers layers) {
        layers.pointLayers().forEach(layer -> content.put(layer.id(), LayerContent.of(List.of())));
        mainLayer = layers.pointLayers().getFirst().id();
        layers.choroplethLayers().forEach(layer -> choropleths.put(layer.id(), null));
        // Every tab holds its payloads for its life, and most tabs show the same ones: equal payloads share one
        // interned string (the JVM drops it once no tab holds it).
        getElement().setProperty("layers", layersJson(layers).intern());
        addListener(ViewportChangeEvent.class, event -> viewport = event.viewport());
    }

    /**
     * The element's {@code layers} property for these layers, for pages that set up the element without Flow
     * (the same JSON this component sends).
     */
    public static String layersJson(MapLayers layers) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("baseLayers", layers.baseLayers());
        spec.put("overlays", layers.overlays());
        spec.put("pointLayers", layers.pointLayers());
        spec.put("center", layers.centerPair());
        spec.put("zoom", layers.zoom());
        spec.put("minZoom", layers.minZoom());
        spec.put("referenceLayers", layers.referenceLayers());
        spec.put("labelLayers", layers.labelLayers());
        spec.put("choroplethLayers", layers.choroplethLayers());
        return JSON.writeValueAsString(spec);
    }

    /** The element's {@code legend} property, for pages that set up the element without Flow. */
    public static String legendJson(Legend legend) {
        return JSON.writeValueAsString(legend);
    }

    /** Replaces the points of the main (first) point layer and moves the map as {@code focus} says. */
    public void setPoints(List<PointFeature> points, MapFocus focus) {
        setPoints(Map.of(mainLayer, points), focus);
    }

    /** Replaces all the points of the layers named (the other layers keep theirs); see {@link #setContent}. */
    public void setPoints(Map<String, List<PointFeature>> pointsByLayer, MapFocus focus) {
        Map<String, LayerContent> changed = new LinkedHashMap<>();
        pointsByLayer.forEach((layer, layerPoints) -> changed.put(layer, LayerContent.of(layerPoints)));
        setContent(changed, focus);
    }

    /**
     * Replaces what the layers named in {@code contentByLayer} show (the other layers keep theirs) and moves the
     * map as {@code focus} says. The browser gets every layer's content in one payload, so two changes in one
     * round trip cannot undo each other.
     */
    public void setContent(Map<String, LayerContent> contentByLayer, MapFocus focus) {
        contentByLayer.keySet().forEach(this::requireLayer);
        content.putAll(contentByLayer);
        Map<String, Object> payload = contentPayload(content);
        payload.put("followViewport", content.values().stream().anyMatch(LayerContent::forViewport));
        sendPoints(payload, focus);
    }

    /**
     * Replaces what every point layer shows with the content at {@code url} (same origin, answering what
     * {@link #contentJson} writes), and moves the map as {@code focus} says. The component keeps only the URL, so a
     * page open in many tabs holds no copy of its points. {@code content}, when given, is that URL's answer, sent
     * once with this round trip and not kept: the browser draws it without a request of its own, and fetches the URL
     * only when it must draw again from nothing (an element re-created after a lost connection). Content made for
     * the viewport goes through {@link #setContent}. {@link #setContentErrorText} is what the map says if a fetch
     * fails.
     */
    public void setContentSource(String url, String content, MapFocus focus) {
        this.content.replaceAll((layer, shown) -> LayerContent.of(List.of()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("url", Objects.requireNonNull(url, "url"));
        payload.put("followViewport", false);
        sendPoints(payload, focus);
        if (content != null) {
            getElement().callJsFunction("receiveContent", url, content);
        }
    }

    /** What a URL given to {@link #setContentSource} answers: the points and clusters of these layers. */
    public static String contentJson(Map<String, LayerContent> contentByLayer) {
        return JSON.writeValueAsString(contentPayload(contentByLayer));
    }

    private static Map<String, Object> contentPayload(Map<String, LayerContent> contentByLayer) {
        List<Map<String, Object>> points = new ArrayList<>();
        List<Map<String, Object>> clusters = new ArrayList<>();
        contentByLayer.forEach((layer, layerContent) -> {
            layerContent.points().forEach(point -> points.add(compact(layer, point)));
            layerContent.clusters().forEach(cluster -> clusters.add(compact(layer, cluster)));
        });
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("points", points);
        payload.put("clusters", clusters);
        return payload;
    }

    /** The map says this, as an alert, when a content source cannot be fetched. */
    public void setContentErrorText(String text) {
        getElement().setProperty("contentErrorText", text);
    }

    private void sendPoints(Map<String, Object> payload, MapFocus focus) {
        payload.put("fit", focus instanceof MapFocus.FitPoints);
        payload.put(
                "bounds", focus instanceof MapFocus.FitBounds fit ? fit.bounds().corners() : null);
        payload.put(
                "center",
                focus instanceof MapFocus.View view
                        ? new double[] {view.center().lat(), view.center().lng()}
                        : null);
        payload.put("zoom", focus instanceof MapFocus.View view ? view.zoom() : null);
        getElement().setProperty("points", JSON.writeValueAsString(payload));
    }

    private static Map<String, Object> compact(String layer, PointFeature point) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", point.id());
        p.put("layer", layer);
        p.put("lat", point.position().lat());
        p.put("lng", point.position().lng());
        p.put("radius", point.radius());
        p.put("color", point.color());
        p.put("label", point.label());
        p.put("details", point.details());
        if (point.hollow()) {
            p.put("hollow", true);
        }
        return p;
    }

    private static Map<String, Object> compact(String layer, PointCluster cluster) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("layer", layer);
        c.put("lat", cluster.position().lat());
        c.put("lng", cluster.position().lng());
        c.put("count", cluster.count());
        c.put("bounds", cluster.bounds().corners());
        return c;
    }

    /** The points of the main (first) point layer, as last set by {@link #setContent} (none from a source). */
    public List<PointFeature> getPoints() {
        return getPoints(mainLayer);
    }

    /** The points of one point layer, as last set. */
    public List<PointFeature> getPoints(String layerId) {
        return getLayerContent(layerId).points();
    }

    /** What one point layer shows, as last set. */
    public LayerContent getLayerContent(String layerId) {
        return content.get(requireLayer(layerId));
    }

    /** What the map showed when it last reported its view; empty until it has (see {@link ViewportChangeEvent}). */
    public Optional<Viewport> getViewport() {
        return Optional.ofNullable(viewport);
    }

    /**
     * Asks the browser where the reader has taken the map, for a link that keeps the view; {@code view} gets it
     * in a later round trip, empty if the map is not drawn yet or the browser could not tell.
     */
    public void fetchView(SerializableConsumer<Optional<MapFocus.View>> view) {
        getElement()
                .callJsFunction("currentView")
                .then(
                        JsonNode.class,
                        node -> view.accept(
                                node != null && node.isObject()
                                        ? Optional.of(new MapFocus.View(
                                                new LatLng(
                                                        node.get("lat").asDouble(),
                                                        node.get("lng").asDouble()),
                                                node.get("zoom").asDouble()))
                                        : Optional.empty()),
                        error -> view.accept(Optional.empty()));
    }

    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    private String requireLayer(String layerId) {
        if (!content.containsKey(Objects.requireNonNull(layerId, "layer id"))) {
            throw new IllegalArgumentException("no point layer \"" + layerId + "\"; the map has " + content.keySet());
        }
        return layerId;
    }

    /**
     * Shades a choropleth layer's shapes by these values. Every choropleth layer's content goes to the browser in
     * one property, so two changes in one round trip cannot undo each other.
     */
    public void setChoropleth(String layerId, Choropleth choropleth) {
        if (!choropleths.containsKey(Objects.requireNonNull(layerId, "layer id"))) {
            throw new IllegalArgumentException(
                    "no choropleth layer \"" + layerId + "\"; the map has " + choropleths.keySet());
        }
        choropleths.put(layerId, Objects.requireNonNull(choropleth, "choropleth"));
        getElement()
                .setProperty("choropleths", JSON.writeValueAsString(choropleths).intern());
    }

    /** What a choropleth layer shows, as last set; empty before. */
    public Optional<Choropleth> getChoropleth(String layerId) {
        return Optional.ofNullable(choropleths.get(layerId));
    }

    public Registration addShapeClickListener(ComponentEventListener<ShapeClickEvent> listener) {
        return addListener(ShapeClickEvent.class, listener);
    }

    public void setLegend(Legend legend) {
        getElement().setProperty("legend", legendJson(legend).intern());
    }

    /** Highlights one point (or none, with null), revealing it if it sits in a cluster. */
    public void setSelectedFeature(String id) {
        this.selectedId = id;
        getElement().setProperty("selected", id == null ? "" : id);
    }

    public String getSelectedFeature() {
        return selectedId;
    }

    /**
     * The accessible name of a cluster bubble, which is a button that zooms in: {@code {count}} stands for
     * the number of points in it, as in "{count} places here, press to zoom in".
     */
    public void setClusterLabel(String template) {
        getElement().setProperty("clusterLabel", template);
    }

    /** The text a screen reader announces for the map as a whole. */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("role", "region");
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }
}
