package org.khorasanatlas.leaflet;

/**
 * Where shapes come from: a GeoJSON file, or one object of a TopoJSON file ({@code topoObject}, null for GeoJSON).
 * A TopoJSON file stores shared borders once and quantized, so several layers can come from one small file; the
 * browser fetches each URL once, however many layers use it.
 */
public record ShapeSource(String url, String topoObject) {

    public static ShapeSource geoJson(String url) {
        return new ShapeSource(url, null);
    }

    public static ShapeSource topoJson(String url, String object) {
        return new ShapeSource(url, object);
    }
}
