package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.PointCluster;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.Viewport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the map gets when a filter matches more attacks than the browser should hold: only the attacks in view
 * (with a margin), and when even those are too many, a count per square of a grid laid over the map at its zoom,
 * so the payload depends on the screen, not on the data. An attack alone in its square, and the selected attack,
 * still come as markers. Up to the limit the browser gets every attack and clusters them itself, which keeps
 * panning free of round trips (see docs/benchmarks.md for where the limit comes from).
 */
@Component
public class AttackGrid {

    /** Squares of this many screen pixels: about the spacing at which the browser's own clustering merges. */
    static final double CELL_PIXELS = 64;
    /** Part of the view's width and height added on each side, so a small pan already has its attacks. */
    static final double VIEW_MARGIN = 0.25;

    private final int limit;

    @Autowired
    public AttackGrid(MapSettings settings) {
        this(settings.serverClustersAbove());
    }

    public AttackGrid(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("atlas.map.server-clusters-above must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Whether this many attacks are too many to send one by one. */
    public boolean needed(int attacks) {
        return attacks > limit;
    }

    /**
     * What a layer of these attacks shows in this view; {@code selectedId} always comes as a marker. Only the
     * markers sent are made from attack objects: counting and gridding read the coordinates' columns.
     */
    public LayerContent content(
            FoundAttacks events, Viewport view, String selectedId, Function<AttackEvent, PointFeature> marker) {
        LatLngBounds area = view.bounds().pad(VIEW_MARGIN);
        int selected = selectedId == null ? -1 : events.indexOfId(selectedId);
        int inView = 0;
        for (int i = 0; i < events.size(); i++) {
            if (inside(area, events, i)) {
                inView++;
            }
        }
        return inView <= limit
                ? markersInView(events, area, selected, marker)
                : squares(events, area, view.zoom(), selected, marker);
    }

    private static LayerContent markersInView(
            FoundAttacks events, LatLngBounds area, int selected, Function<AttackEvent, PointFeature> marker) {
        List<PointFeature> points = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (i == selected || inside(area, events, i)) {
                points.add(marker.apply(events.get(i)));
            }
        }
        return new LayerContent(points, List.of(), true);
    }

    private static LayerContent squares(
            FoundAttacks events,
            LatLngBounds area,
            double zoom,
            int selected,
            Function<AttackEvent, PointFeature> marker) {
        GridSquares squares = new GridSquares(area, zoom, CELL_PIXELS);
        List<PointFeature> points = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (i == selected) {
                points.add(marker.apply(events.get(i)));
            } else if (inside(area, events, i)) {
                squares.add(i, events.latitude(i), events.longitude(i));
            }
        }
        squares.forEachSingle(single -> points.add(marker.apply(events.get(single))));
        List<PointCluster> clusters = new ArrayList<>();
        squares.forEachCluster(clusters::add);
        return new LayerContent(points, clusters, true);
    }

    /** The rectangle the attacks lie in, for fitting them into view; empty without any. */
    public static Optional<LatLngBounds> extent(FoundAttacks events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        double south = 90;
        double west = 180;
        double north = -90;
        double east = -180;
        for (int i = 0; i < events.size(); i++) {
            south = Math.min(south, events.latitude(i));
            north = Math.max(north, events.latitude(i));
            west = Math.min(west, events.longitude(i));
            east = Math.max(east, events.longitude(i));
        }
        return Optional.of(new LatLngBounds(south, west, north, east));
    }

    private static boolean inside(LatLngBounds area, FoundAttacks events, int index) {
        return area.contains(events.latitude(index), events.longitude(index));
    }
}
