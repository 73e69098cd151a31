package org.khorasanatlas.leaflet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map as a Flow component. It knows base layers, GeoJSON overlays and point features, nothing about
 * what they stand for. Each change reaches the browser as one JSON payload; clicks come back as
 * {@link FeatureClickEvent}s carrying the feature id.
 */
@Tag("flow-leaflet-map")
@JsModule("./leaflet/leaflet-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6", dev = true)
public class LeafletMap extends Component implements HasSize, HasStyle {

    /** Immutable and thread-safe: one serializer for every map instance. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<PointFeature> points = List.of();
    private String selectedId;

    public LeafletMap(MapLayers layers) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("baseLayers", layers.baseLayers());
        spec.put("overlays", layers.overlays());
        spec.put("pointsName", layers.pointsName());
        spec.put("cluster", layers.cluster());
        spec.put("center", layers.centerPair());
        spec.put("zoom", layers.zoom());
        spec.put("minZoom", layers.minZoom());
        getElement().setProperty("layers", JSON.writeValueAsString(spec));
    }

    /** Replaces all points in one payload and moves the map as {@code focus} says. */
    public void setPoints(List<PointFeature> points, MapFocus focus) {
        this.points = List.copyOf(points);
        List<Map<String, Object>> compact = new ArrayList<>(points.size());
        for (PointFeature point : points) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", point.id());
            p.put("lat", point.position().lat());
            p.put("lng", point.position().lng());
            p.put("radius", point.radius());
            p.put("color", point.color());
            p.put("label", point.label());
            p.put("details", point.details());
            compact.add(p);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("points", compact);
        payload.put("fit", focus instanceof MapFocus.FitPoints);
        payload.put("center", focus instanceof MapFocus.View view
                ? new double[] {view.center().lat(), view.center().lng()} : null);
        payload.put("zoom", focus instanceof MapFocus.View view ? view.zoom() : null);
        getElement().setProperty("points", JSON.writeValueAsString(payload));
    }

    /** The points currently shown, as last set. */
    public List<PointFeature> getPoints() {
        return points;
    }

    public void setLegend(Legend legend) {
        getElement().setProperty("legend", JSON.writeValueAsString(legend));
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
