package org.khorasanatlas.leaflet;

/**
 * Many points drawn as one bubble showing their {@code count}, for when the server groups them rather than send
 * each. Pressing it zooms the map to {@code bounds}, the rectangle its points lie in.
 */
public record PointCluster(LatLng position, int count, LatLngBounds bounds) {

    public PointCluster {
        if (count < 1) {
            throw new IllegalArgumentException("a cluster holds at least one point: " + count);
        }
    }
}
