package org.khorasanatlas.leaflet;

/**
 * A named group of points, switchable in the layer control. {@code hollow} points are drawn as rings rather than
 * filled circles, so a secondary layer reads apart from the main one; when layers overlap, the one listed first
 * in {@link MapLayers#pointLayers()} is drawn on top.
 */
public record PointLayer(String id, String name, boolean cluster, boolean hollow, boolean visible) {}
