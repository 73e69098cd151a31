package org.khorasanatlas.leaflet;

/**
 * Where the map goes when points change: stay, fit the points of the layers shown, fit a rectangle (for points
 * the browser has not got one by one), or a given view.
 */
public sealed interface MapFocus {

    record Stay() implements MapFocus {}

    record FitPoints() implements MapFocus {}

    record FitBounds(LatLngBounds bounds) implements MapFocus {}

    /** A centre and a zoom, which may be fractional (the map snaps to halves). */
    record View(LatLng center, double zoom) implements MapFocus {}
}
