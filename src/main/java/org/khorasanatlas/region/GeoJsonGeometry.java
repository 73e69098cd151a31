package org.khorasanatlas.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;

/** Turns GeoJSON Polygon and MultiPolygon geometries into JTS geometries ([lon, lat] order kept as x, y). */
final class GeoJsonGeometry {

    private final GeometryFactory factory = new GeometryFactory();

    Geometry read(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield factory.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("expected a Polygon or MultiPolygon, found \"" + type + "\"");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a Polygon needs an array of rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    /** @throws IllegalArgumentException naming the first position that is not [longitude, latitude] in range */
    private LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new IllegalArgumentException("a ring needs an array of at least 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray()
                    || position.size() < 2
                    || !position.get(0).isNumber()
                    || !position.get(1).isNumber()
                    || Math.abs(position.get(0).asDouble()) > 180
                    || Math.abs(position.get(1).asDouble()) > 90) {
                throw new IllegalArgumentException("not a [longitude, latitude] position in range: " + position);
            }
            coordinates[i] =
                    new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return factory.createLinearRing(coordinates);
    }
}
