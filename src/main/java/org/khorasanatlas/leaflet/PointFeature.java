package org.khorasanatlas.leaflet;

import java.util.List;

/**
 * A point drawn as a filled circle of {@code radius} pixels. {@code label} and {@code details} are plain text
 * for the tooltip and the accessible name; the id comes back in {@link FeatureClickEvent}.
 */
public record PointFeature(String id, LatLng position, double radius, String color, String label,
        List<String> details) {

    public PointFeature {
        details = List.copyOf(details);
    }
}
