package org.khorasanatlas.leaflet;

/** Where the map goes when points change: stay, fit the points of the layers shown, or a given view. */
public sealed interface MapFocus {

    record Stay() implements MapFocus {
    }

    record FitPoints() implements MapFocus {
    }

    record View(LatLng center, int zoom) implements MapFocus {
    }
}
