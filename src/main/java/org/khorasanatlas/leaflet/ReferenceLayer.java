package org.khorasanatlas.leaflet;

/**
 * Lines or shapes drawn under everything else to tell the reader where they are (borders, rivers, lakes), not
 * clickable and not in the layer control. Shown from {@code minZoom} up to, not including, {@code maxZoom}, and
 * fetched only when the map first reaches {@code minZoom}, so detail costs nothing until it is wanted.
 * {@code interiorOnly} draws only the borders between a TopoJSON object's shapes, not their outer edge (province
 * borders without redrawing the country's). With {@code baseLayer} (a {@link BaseLayer#name()}), the layer shows
 * only while that base layer does; null shows it over any.
 */
public record ReferenceLayer(
        String id,
        ShapeSource source,
        ShapeStyle style,
        boolean interiorOnly,
        double minZoom,
        double maxZoom,
        String baseLayer) {}
