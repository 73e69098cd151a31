package org.khorasanatlas.map;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;

import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.PointCluster;

/**
 * Attacks counted into the squares of a grid laid over an area of the map at a zoom, as Leaflet draws it (Web
 * Mercator). Each square's count, first attack, mean position and extent are summed as the attacks come, in
 * arrays as large as the area's squares: a million attacks cost no object and no logarithm each (a point's row
 * is found among the rows' edge latitudes, worked out once).
 */
final class GridSquares {

    /**
     * The most squares an area may have: a 4K screen's view with its margin has about 5,000. A view that would have
     * more (only a forged one can) is gridded at a lower zoom, so a request cannot make the server allocate more.
     */
    static final int MOST_SQUARES = 1 << 16;

    private static final double TILE_PIXELS = 256;
    private static final double MAX_LATITUDE = 85.0511;

    private final double squaresPerWorld;
    private final long firstColumn;
    private final int columns;
    private final int rows;
    /** The rows' edges as negated latitudes, ascending (the grid's rows run north to south): rows + 1 of them. */
    private final double[] rowEdges;

    private final int[] counts;
    private final int[] firsts;
    private final double[] latitudes;
    private final double[] longitudes;
    private final double[] souths;
    private final double[] wests;
    private final double[] norths;
    private final double[] easts;

    GridSquares(LatLngBounds area, double zoom, double cellPixels) {
        double west = Math.clamp(area.west(), -180, 180);
        double east = Math.clamp(area.east(), -180, 180);
        double north = Math.clamp(area.north(), -MAX_LATITUDE, MAX_LATITUDE);
        double south = Math.clamp(area.south(), -MAX_LATITUDE, MAX_LATITUDE);
        double perWorld = TILE_PIXELS * Math.pow(2, zoom) / cellPixels;
        while (span(west, east, perWorld, GridSquares::worldX) * span(north, south, perWorld, GridSquares::worldY)
                > MOST_SQUARES) {
            perWorld /= 2;
        }
        squaresPerWorld = perWorld;
        firstColumn = (long) Math.floor(worldX(west) * perWorld);
        columns = (int) span(west, east, perWorld, GridSquares::worldX);
        long firstRow = (long) Math.floor(worldY(north) * perWorld);
        rows = (int) span(north, south, perWorld, GridSquares::worldY);
        rowEdges = new double[rows + 1];
        for (int k = 0; k <= rows; k++) {
            rowEdges[k] = -latitudeAt((firstRow + k) / perWorld);
        }
        int squares = columns * rows;
        counts = new int[squares];
        firsts = new int[squares];
        latitudes = new double[squares];
        longitudes = new double[squares];
        souths = new double[squares];
        wests = new double[squares];
        norths = new double[squares];
        easts = new double[squares];
    }

    /** How many squares lie between two coordinates, both included, along one axis of the world (0 to 1). */
    private static long span(double from, double to, double perWorld, DoubleUnaryOperator axis) {
        return (long) Math.floor(axis.applyAsDouble(to) * perWorld)
                - (long) Math.floor(axis.applyAsDouble(from) * perWorld)
                + 1;
    }

    /** Counts the attack at {@code index} (of those gridded), which lies at this point of the area. */
    void add(int index, double latitude, double longitude) {
        int column =
                (int) Math.clamp((long) Math.floor(worldX(longitude) * squaresPerWorld) - firstColumn, 0, columns - 1);
        int edge = Arrays.binarySearch(rowEdges, -latitude);
        int row = Math.clamp(edge >= 0 ? edge : -edge - 2, 0, rows - 1);
        int square = row * columns + column;
        if (counts[square]++ == 0) {
            firsts[square] = index;
            souths[square] = latitude;
            norths[square] = latitude;
            wests[square] = longitude;
            easts[square] = longitude;
        } else {
            souths[square] = Math.min(souths[square], latitude);
            norths[square] = Math.max(norths[square], latitude);
            wests[square] = Math.min(wests[square], longitude);
            easts[square] = Math.max(easts[square], longitude);
        }
        latitudes[square] += latitude;
        longitudes[square] += longitude;
    }

    /** Each square with one attack, by that attack's index (of those gridded). */
    void forEachSingle(IntConsumer single) {
        for (int square = 0; square < counts.length; square++) {
            if (counts[square] == 1) {
                single.accept(firsts[square]);
            }
        }
    }

    /** Each square with more than one attack, as a cluster at their mean position. */
    void forEachCluster(Consumer<PointCluster> cluster) {
        for (int square = 0; square < counts.length; square++) {
            int count = counts[square];
            if (count > 1) {
                cluster.accept(new PointCluster(
                        new LatLng(latitudes[square] / count, longitudes[square] / count),
                        count,
                        new LatLngBounds(souths[square], wests[square], norths[square], easts[square])));
            }
        }
    }

    private static double worldX(double longitude) {
        return (longitude + 180) / 360;
    }

    /** Web Mercator, as Leaflet draws: 0 at the top of the world, 1 at the bottom. */
    private static double worldY(double latitude) {
        double sin = Math.sin(Math.toRadians(latitude));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    /** The latitude at a height of the world (0 at the top, 1 at the bottom): the inverse of {@link #worldY}. */
    private static double latitudeAt(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
