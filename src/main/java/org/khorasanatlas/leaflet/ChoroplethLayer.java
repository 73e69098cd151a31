package org.khorasanatlas.leaflet;

/**
 * Shapes shaded by a value per shape, switchable in the layer control by {@code name}. Each feature needs an id
 * (the GeoJSON feature id, or a TopoJSON geometry's id) and may have a {@code name} property for its tooltip. The
 * values come later, and change, with {@link LeafletMap#setChoropleth}; a press on a shape comes back as a
 * {@link ShapeClickEvent}.
 */
public record ChoroplethLayer(String id, String name, ShapeSource source, boolean visible) {
}
