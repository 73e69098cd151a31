package org.khorasanatlas.events;

/** A position in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {
}
