package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.PointCluster;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.Viewport;
import org.khorasanatlas.places.GeoPoint;
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

    private static final double TILE_PIXELS = 256;

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

    /** What a layer of these attacks shows in this view; {@code selectedId} always comes as a marker. */
    public LayerContent content(
            List<AttackEvent> events, Viewport view, String selectedId, Function<AttackEvent, PointFeature> marker) {
        LatLngBounds area = view.bounds().pad(VIEW_MARGIN);
        int inView = 0;
        for (AttackEvent event : events) {
            if (inside(area, event)) {
                inView++;
            }
        }
        return inView <= limit
                ? markersInView(events, area, selectedId, marker)
                : squares(events, area, view.zoom(), selectedId, marker);
    }

    private static LayerContent markersInView(
            List<AttackEvent> events,
            LatLngBounds area,
            String selectedId,
            Function<AttackEvent, PointFeature> marker) {
        List<PointFeature> points = new ArrayList<>();
        for (AttackEvent event : events) {
            if (inside(area, event) || isSelected(event, selectedId)) {
                points.add(marker.apply(event));
            }
        }
        return new LayerContent(points, List.of(), true);
    }

    private static LayerContent squares(
            List<AttackEvent> events,
            LatLngBounds area,
            double zoom,
            String selectedId,
            Function<AttackEvent, PointFeature> marker) {
        double squaresPerWorld = TILE_PIXELS * Math.pow(2, zoom) / CELL_PIXELS;
        Map<Long, Square> squares = new HashMap<>();
        List<PointFeature> points = new ArrayList<>();
        for (AttackEvent event : events) {
            if (isSelected(event, selectedId)) {
                points.add(marker.apply(event));
            } else if (inside(area, event)) {
                GeoPoint at = event.location();
                long column = (long) Math.floor((at.longitude() + 180) / 360 * squaresPerWorld);
                long row = (long) Math.floor(mercatorY(at.latitude()) * squaresPerWorld);
                squares.computeIfAbsent(column << 32 | row, key -> new Square()).add(event);
            }
        }
        List<PointCluster> clusters = new ArrayList<>();
        for (Square square : squares.values()) {
            if (square.count == 1) {
                points.add(marker.apply(square.first));
            } else {
                clusters.add(square.cluster());
            }
        }
        return new LayerContent(points, clusters, true);
    }

    /** The rectangle the attacks lie in, for fitting them into view; empty without any. */
    public static Optional<LatLngBounds> extent(List<AttackEvent> events) {
        Square all = new Square();
        events.forEach(all::add);
        return events.isEmpty() ? Optional.empty() : Optional.of(all.bounds());
    }

    /** Without a selection the attack's id is not even read: over a million attacks, every memory access counts. */
    private static boolean isSelected(AttackEvent event, String selectedId) {
        return selectedId != null && selectedId.equals(event.id());
    }

    private static boolean inside(LatLngBounds area, AttackEvent event) {
        return area.contains(event.location().latitude(), event.location().longitude());
    }

    /** Web Mercator, as Leaflet draws: 0 at the top of the world, 1 at the bottom. */
    private static double mercatorY(double latitude) {
        double sin = Math.sin(Math.toRadians(Math.clamp(latitude, -85.0511, 85.0511)));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    /** The attacks of one grid square (or of any set, for its extent), summed as they come. */
    private static final class Square {
        private int count;
        private AttackEvent first;
        private double latitudes;
        private double longitudes;
        private double south = 90;
        private double west = 180;
        private double north = -90;
        private double east = -180;

        void add(AttackEvent event) {
            GeoPoint at = event.location();
            if (count++ == 0) {
                first = event;
            }
            latitudes += at.latitude();
            longitudes += at.longitude();
            south = Math.min(south, at.latitude());
            north = Math.max(north, at.latitude());
            west = Math.min(west, at.longitude());
            east = Math.max(east, at.longitude());
        }

        PointCluster cluster() {
            return new PointCluster(new LatLng(latitudes / count, longitudes / count), count, bounds());
        }

        LatLngBounds bounds() {
            return new LatLngBounds(south, west, north, east);
        }
    }
}
