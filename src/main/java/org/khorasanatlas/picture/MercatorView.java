package org.khorasanatlas.picture;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Longitude and latitude bounds fitted into a rectangle of pixels with the Web Mercator projection, as Leaflet
 * draws the dashboard's map, so a picture shows the same shapes as the page.
 */
record MercatorView(double centerX, double centerY, double scale, Rectangle2D area) {

    /** The bounds (degrees), fitted whole into {@code area} and centred in it. */
    static MercatorView fit(Envelope bounds, Rectangle2D area) {
        double west = Math.toRadians(bounds.getMinX());
        double east = Math.toRadians(bounds.getMaxX());
        double south = mercator(bounds.getMinY());
        double north = mercator(bounds.getMaxY());
        double scale = Math.min(area.getWidth() / (east - west), area.getHeight() / (north - south));
        return new MercatorView((west + east) / 2, (south + north) / 2, scale, area);
    }

    Point2D project(double longitude, double latitude) {
        return new Point2D.Double(
                area.getCenterX() + (Math.toRadians(longitude) - centerX) * scale,
                area.getCenterY() - (mercator(latitude) - centerY) * scale);
    }

    /** What the area shows, in degrees: shapes outside it need not be drawn. */
    Envelope visible() {
        double west = Math.toDegrees(centerX - area.getWidth() / 2 / scale);
        double east = Math.toDegrees(centerX + area.getWidth() / 2 / scale);
        double south = latitude(centerY - area.getHeight() / 2 / scale);
        double north = latitude(centerY + area.getHeight() / 2 / scale);
        return new Envelope(west, east, south, north);
    }

    /** A polygon or multipolygon's rings as one path (even-odd, so holes stay open). */
    Path2D path(Geometry geometry) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(path, polygon.getExteriorRing().getCoordinates());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    ring(path, polygon.getInteriorRingN(hole).getCoordinates());
                }
            }
        }
        return path;
    }

    private void ring(Path2D path, Coordinate[] coordinates) {
        for (int i = 0; i < coordinates.length; i++) {
            Point2D point = project(coordinates[i].x, Math.max(-85, Math.min(85, coordinates[i].y)));
            if (i == 0) {
                path.moveTo(point.getX(), point.getY());
            } else {
                path.lineTo(point.getX(), point.getY());
            }
        }
        path.closePath();
    }

    private static double mercator(double latitude) {
        double phi = Math.toRadians(latitude);
        return Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    private static double latitude(double mercator) {
        return Math.toDegrees(2 * Math.atan(Math.exp(mercator)) - Math.PI / 2);
    }
}
