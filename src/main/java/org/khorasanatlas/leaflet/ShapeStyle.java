package org.khorasanatlas.leaflet;

/**
 * How a polygon or a line is drawn. Colours are CSS hex colours; anything else is drawn grey by the browser side.
 * {@code dashArray} is an SVG dash pattern such as {@code "4 3"}, or null for a solid line.
 */
public record ShapeStyle(String color, double weight, String fillColor, double fillOpacity, String dashArray) {

    public ShapeStyle(String color, double weight, String fillColor, double fillOpacity) {
        this(color, weight, fillColor, fillOpacity, null);
    }

    /** A line with no fill, for rivers and borders. */
    public static ShapeStyle line(String color, double weight, String dashArray) {
        return new ShapeStyle(color, weight, color, 0, dashArray);
    }
}
