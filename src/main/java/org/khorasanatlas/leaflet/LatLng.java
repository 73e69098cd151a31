package org.khorasanatlas.leaflet;

/** A map position in degrees. */
public record LatLng(double lat, double lng) {}
