package org.khorasanatlas.leaflet;

/** What a map shows: the rectangle in view and the zoom level (fractional while zoom snaps to halves). */
public record Viewport(LatLngBounds bounds, double zoom) {}
