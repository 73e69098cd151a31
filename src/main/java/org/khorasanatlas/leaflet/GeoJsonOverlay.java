package org.khorasanatlas.leaflet;

/**
 * Shapes from a GeoJSON file drawn over the base layer, switchable in the layer control. When
 * {@code labelProperty} is set, each feature carries that property's text as a permanent label.
 */
public record GeoJsonOverlay(
        String id, String name, String url, ShapeStyle style, String labelProperty, boolean visible) {}
