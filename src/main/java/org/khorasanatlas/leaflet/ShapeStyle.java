package org.khorasanatlas.leaflet;

/** How a polygon is drawn. Colours are CSS hex colours; anything else is drawn grey by the browser side. */
public record ShapeStyle(String color, double weight, String fillColor, double fillOpacity) {
}
