package org.khorasanatlas.leaflet;

import java.util.List;

/**
 * What one point layer shows: points, and clusters that stand for points not sent one by one.
 * {@code forViewport} says the content covers only the part of the world in view: the map then reports each new
 * {@link Viewport} ({@link ViewportChangeEvent}) so the server can send what the new view shows.
 */
public record LayerContent(List<PointFeature> points, List<PointCluster> clusters, boolean forViewport) {

    public LayerContent {
        points = List.copyOf(points);
        clusters = List.copyOf(clusters);
    }

    /** All the layer's points, whatever the view: the browser clusters and pans them without asking the server. */
    public static LayerContent of(List<PointFeature> points) {
        return new LayerContent(points, List.of(), false);
    }
}
