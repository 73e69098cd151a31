package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.geodata.Wording;
import org.khorasanatlas.leaflet.BaseLayer;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;

/**
 * The map's view in a link ({@code lat}, {@code lng}, {@code zoom}), so a shared link opens where its sender
 * looked, on the dashboard as on /embed. All three or none: a centre without a zoom is not a view.
 */
public class MapViewParameters {

    public static final String LAT = "lat";
    public static final String LNG = "lng";
    public static final String ZOOM = "zoom";
    public static final List<String> NAMES = List.of(LAT, LNG, ZOOM);

    private final double minZoom;
    private final double maxZoom;

    private static final Wording OWN_VIEW = Wording.of("problem.fallback.own-view");

    public MapViewParameters(MapLayers layers) {
        this.minZoom = layers.minZoom();
        this.maxZoom =
                layers.baseLayers().stream().mapToInt(BaseLayer::maxZoom).max().orElse(layers.zoom());
    }

    /** A view read from a link, and what in it could not be used. */
    public record Parsed(Optional<MapFocus.View> view, List<ParameterProblem> problems) {}

    public Parsed parse(Map<String, List<String>> parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        List<String> given = NAMES.stream().filter(parameters::containsKey).toList();
        if (given.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        if (given.size() < NAMES.size()) {
            String name = given.getFirst();
            problems.add(
                    new ParameterProblem(name, first(parameters, name), Wording.of("problem.view-together"), OWN_VIEW));
            return new Parsed(Optional.empty(), problems);
        }
        Optional<Double> lat = number(parameters, LAT, -90, 90, problems);
        Optional<Double> lng = number(parameters, LNG, -180, 180, problems);
        Optional<Double> zoom = number(parameters, ZOOM, minZoom, maxZoom, problems);
        if (lat.isEmpty() || lng.isEmpty() || zoom.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new MapFocus.View(new LatLng(lat.get(), lng.get()), zoom.get())), problems);
    }

    /** The query of {@code view} (numbers only, so nothing to escape), rounded as a link keeps it (about 10 m). */
    public static String query(MapFocus.View view) {
        return LAT + "=" + decimal(view.center().lat(), 4) + "&" + LNG + "="
                + decimal(view.center().lng(), 4) + "&" + ZOOM + "=" + decimal(view.zoom(), 1);
    }

    private static Optional<Double> number(
            Map<String, List<String>> parameters,
            String name,
            double min,
            double max,
            List<ParameterProblem> problems) {
        String value = first(parameters, name);
        try {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // Reported below, as a number out of range is.
        }
        problems.add(new ParameterProblem(
                name, value, Wording.of("problem.not-number", decimal(min, 1), decimal(max, 1)), OWN_VIEW));
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values.isEmpty() ? "" : values.getFirst();
    }

    /** At most {@code places} decimals, without trailing zeros: 34.5, 69.1723, 6. */
    private static String decimal(double value, int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", value);
        return text.contains(".") ? text.replaceFirst("\\.?0+$", "") : text;
    }
}
