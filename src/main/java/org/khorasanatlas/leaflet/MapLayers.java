package org.khorasanatlas.leaflet;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything about a map that is set once: layers, the initial view, and the point layers. The first point
 * layer is the main one, which {@link LeafletMap#setPoints(List, MapFocus)} fills.
 */
public record MapLayers(List<BaseLayer> baseLayers, List<GeoJsonOverlay> overlays, List<PointLayer> pointLayers,
        LatLng center, int zoom, int minZoom) {

    public MapLayers {
        baseLayers = List.copyOf(baseLayers);
        overlays = List.copyOf(overlays);
        pointLayers = List.copyOf(pointLayers);
        if (pointLayers.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one point layer");
        }
        if (!pointLayers.stream().map(PointLayer::id).allMatch(new HashSet<>()::add)) {
            throw new IllegalArgumentException("point layer ids must be unique: " + pointLayers);
        }
        center = new LatLng(center.lat(), center.lng());
    }

    /**
     * Every GeoJSON file the map fetches as it starts (all GeoJSON base layers and overlays, shown or not), for a
     * page to preload while its scripts are still loading.
     */
    public List<String> geoJsonUrls() {
        return Stream.concat(
                baseLayers.stream().filter(base -> base.kind() == BaseLayer.Kind.GEOJSON).map(BaseLayer::url),
                overlays.stream().map(GeoJsonOverlay::url)).toList();
    }

    /** As sent to the browser: the centre as a [lat, lng] pair, which Leaflet takes directly. */
    double[] centerPair() {
        return new double[] {center.lat(), center.lng()};
    }
}
