package org.khorasanatlas.leaflet;

import java.util.List;

/**
 * A point drawn as a filled circle of {@code radius} pixels, or as a ring when {@code hollow} (as every point of a
 * {@link PointLayer#hollow() hollow} layer is). {@code label} and {@code details} are plain text for the tooltip
 * and the accessible name; the id comes back in {@link FeatureClickEvent}.
 */
public record PointFeature(
        String id, LatLng position, double radius, String color, String label, List<String> details, boolean hollow) {

    public PointFeature {
        details = List.copyOf(details);
    }

    /** A filled point. */
    public PointFeature(String id, LatLng position, double radius, String color, String label, List<String> details) {
        this(id, position, radius, color, label, details, false);
    }
}
