package org.khorasanatlas.leaflet;

import java.util.List;

/** Everything about a map that is set once: layers, the initial view, and how points are grouped. */
public record MapLayers(List<BaseLayer> baseLayers, List<GeoJsonOverlay> overlays, String pointsName,
        boolean cluster, LatLng center, int zoom, int minZoom) {

    public MapLayers {
        baseLayers = List.copyOf(baseLayers);
        overlays = List.copyOf(overlays);
        center = new LatLng(center.lat(), center.lng());
    }

    /** As sent to the browser: the centre as a [lat, lng] pair, which Leaflet takes directly. */
    double[] centerPair() {
        return new double[] {center.lat(), center.lng()};
    }
}
