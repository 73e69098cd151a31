package org.khorasanatlas.leaflet;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ChoroplethLayer} shows: a value per shape id, drawn in the colour of the class it falls in. Class
 * {@code i} holds the values from {@code breaks[i]} (included) up to {@code breaks[i + 1]} (excluded), so there is
 * one colour per break. Shapes with no value are left unshaded. {@code labels} is each shape's tooltip text (plain
 * text), {@code legendLabels} the legend's text per class, and {@code selectedId} a shape drawn with a heavier
 * outline (or null).
 */
public record Choropleth(
        String title,
        Map<String, Double> values,
        List<Double> breaks,
        List<String> colors,
        List<String> legendLabels,
        Map<String, String> labels,
        String selectedId) {

    public Choropleth {
        values = Map.copyOf(values);
        breaks = List.copyOf(breaks);
        colors = List.copyOf(colors);
        legendLabels = List.copyOf(legendLabels);
        labels = Map.copyOf(labels);
        if (breaks.size() != colors.size() || breaks.size() != legendLabels.size()) {
            throw new IllegalArgumentException(
                    "one colour and one legend label per break: " + breaks + ", " + colors + ", " + legendLabels);
        }
        for (int i = 1; i < breaks.size(); i++) {
            if (!(breaks.get(i - 1) < breaks.get(i))) {
                throw new IllegalArgumentException("breaks must rise: " + breaks);
            }
        }
    }
}
