package org.khorasanatlas.leaflet;

/** A rectangle of the map in degrees, as Leaflet's {@code getBounds()} gives it. */
public record LatLngBounds(double south, double west, double north, double east) {

    /** The whole world, for a map that has not yet said what it shows. */
    public static final LatLngBounds WORLD = new LatLngBounds(-90, -180, 90, 180);

    public LatLngBounds {
        if (!(south <= north) || !(west <= east)) {
            throw new IllegalArgumentException(
                    "not a rectangle: south " + south + ", west " + west + ", north " + north + ", east " + east);
        }
    }

    public boolean contains(double lat, double lng) {
        return lat >= south && lat <= north && lng >= west && lng <= east;
    }

    /** Grown on every side by {@code ratio} of its height and width, as Leaflet's {@code pad}. */
    public LatLngBounds pad(double ratio) {
        double dLat = (north - south) * ratio;
        double dLng = (east - west) * ratio;
        return new LatLngBounds(south - dLat, west - dLng, north + dLat, east + dLng);
    }

    /** As sent to the browser: [[south, west], [north, east]], which Leaflet takes directly. */
    double[][] corners() {
        return new double[][] {{south, west}, {north, east}};
    }
}
