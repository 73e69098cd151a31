package org.khorasanatlas.leaflet;

/**
 * A background layer: either raster tiles from a URL template, or shapes from a GeoJSON file or a TopoJSON object
 * ({@code topoObject}; null for GeoJSON) drawn in the browser, which works with no tile server at all. Only one
 * base layer shows at a time.
 */
public record BaseLayer(
        String name,
        Kind kind,
        String url,
        String topoObject,
        String attribution,
        int maxZoom,
        ShapeStyle style,
        boolean active) {

    public enum Kind {
        TILES,
        GEOJSON
    }

    /** @param attribution HTML shown in the attribution box, from configuration only, never from data */
    public static BaseLayer tiles(String name, String urlTemplate, String attribution, int maxZoom, boolean active) {
        return new BaseLayer(name, Kind.TILES, urlTemplate, null, attribution, maxZoom, null, active);
    }

    /** @param maxZoom the deepest zoom worth offering: outlines have no detail to show beyond some level */
    public static BaseLayer geoJson(
            String name, String url, String attribution, ShapeStyle style, int maxZoom, boolean active) {
        return shapes(name, ShapeSource.geoJson(url), attribution, style, maxZoom, active);
    }

    /** @param maxZoom the deepest zoom worth offering: shapes have no detail to show beyond some level */
    public static BaseLayer shapes(
            String name, ShapeSource source, String attribution, ShapeStyle style, int maxZoom, boolean active) {
        return new BaseLayer(
                name, Kind.GEOJSON, source.url(), source.topoObject(), attribution, maxZoom, style, active);
    }
}
