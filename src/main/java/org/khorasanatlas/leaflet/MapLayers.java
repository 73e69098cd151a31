package org.khorasanatlas.leaflet;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything about a map that is set once: layers, the initial view, and the point layers. The first point
 * layer is the main one, which {@link LeafletMap#setPoints(List, MapFocus)} fills. Reference layers (borders,
 * rivers) and label layers (place names) come by zoom; choropleth layers get their values later.
 */
public record MapLayers(
        List<BaseLayer> baseLayers,
        List<GeoJsonOverlay> overlays,
        List<PointLayer> pointLayers,
        LatLng center,
        int zoom,
        int minZoom,
        List<ReferenceLayer> referenceLayers,
        List<LabelLayer> labelLayers,
        List<ChoroplethLayer> choroplethLayers) {

    /** A map without reference, label or choropleth layers. */
    public MapLayers(
            List<BaseLayer> baseLayers,
            List<GeoJsonOverlay> overlays,
            List<PointLayer> pointLayers,
            LatLng center,
            int zoom,
            int minZoom) {
        this(baseLayers, overlays, pointLayers, center, zoom, minZoom, List.of(), List.of(), List.of());
    }

    public MapLayers {
        baseLayers = List.copyOf(baseLayers);
        overlays = List.copyOf(overlays);
        pointLayers = List.copyOf(pointLayers);
        referenceLayers = List.copyOf(referenceLayers);
        labelLayers = List.copyOf(labelLayers);
        choroplethLayers = List.copyOf(choroplethLayers);
        if (pointLayers.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one point layer");
        }
        if (!pointLayers.stream().map(PointLayer::id).allMatch(new HashSet<>()::add)) {
            throw new IllegalArgumentException("point layer ids must be unique: " + pointLayers);
        }
        center = new LatLng(center.lat(), center.lng());
    }

    /**
     * Every shape file the map fetches as it starts (all shape base layers, overlays and choropleth layers, shown
     * or not, and the reference and label layers of the initial zoom), for a page to preload while its scripts
     * are still loading. Detail for closer zooms is not among them.
     */
    public List<String> geoJsonUrls() {
        return Stream.of(
                        baseLayers.stream()
                                .filter(base -> base.kind() == BaseLayer.Kind.GEOJSON)
                                .map(BaseLayer::url),
                        overlays.stream().map(GeoJsonOverlay::url),
                        choroplethLayers.stream().map(layer -> layer.source().url()),
                        referenceLayers.stream()
                                .filter(layer -> layer.minZoom() <= zoom && zoom < layer.maxZoom())
                                .map(layer -> layer.source().url()),
                        labelLayers.stream()
                                .filter(layer -> layer.minZoom() <= zoom && layer.cellDegrees() <= 0)
                                .map(LabelLayer::url))
                .flatMap(urls -> urls)
                .distinct()
                .toList();
    }

    /** As sent to the browser: the centre as a [lat, lng] pair, which Leaflet takes directly. */
    double[] centerPair() {
        return new double[] {center.lat(), center.lng()};
    }
}
