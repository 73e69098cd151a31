package org.khorasanatlas.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.Located;
import org.khorasanatlas.geodata.ProblemList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The country outlines of the offline base map (geodata/basemap/countries.geojson, Natural Earth 1:50m).
 * They are drawn under the map and used to check that every attack lies in the country it names.
 */
@Component
public class CountryOutlines {

    static final String PATH = "basemap/countries.geojson";

    /**
     * Natural Earth 1:50m outlines are generalised by a few kilometres, so a town on a coast or a border can
     * fall just outside its country's drawn shape. 0.05° is about 5 km.
     */
    private static final double TOLERANCE_DEGREES = 0.05;

    private final byte[] geoJson;
    private final Map<String, List<PreparedGeometry>> shapes;
    private final Map<String, String> names;
    private final GeometryFactory factory = new GeometryFactory();

    @Autowired
    public CountryOutlines(GeoDataFiles files) {
        this(files.get(PATH));
    }

    CountryOutlines(DataFile file) {
        this.geoJson = file.bytes();
        ProblemList problems = new ProblemList(file.name());
        Map<String, List<PreparedGeometry>> shapesByCode = new HashMap<>();
        Map<String, String> namesByCode = new HashMap<>();
        Map<String, Double> namedArea = new HashMap<>();
        GeoJsonGeometry reader = new GeoJsonGeometry();
        for (Located<JsonNode> located : new JsonDataReader().readFeatures(file, JsonNode.class, problems)) {
            JsonNode feature = located.value();
            String code = feature.path("properties").path("iso3").asString(null);
            if (code == null) {
                continue;
            }
            Geometry shape;
            try {
                shape = reader.read(feature.path("geometry"));
            } catch (IllegalArgumentException e) {
                problems.add(located.line(), code, "geometry", e.getMessage());
                continue;
            }
            // A code can have several features (Natural Earth keeps some islands apart from their
            // country); the largest one names the country.
            shapesByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(PreparedGeometryFactory.prepare(shape));
            if (shape.getArea() > namedArea.getOrDefault(code, -1.0)) {
                namedArea.put(code, shape.getArea());
                namesByCode.put(code, feature.path("properties").path("name").asString(code));
            }
        }
        if (problems.isEmpty() && shapesByCode.isEmpty()) {
            problems.add(0, "", "features", "no country with an iso3 code");
        }
        problems.throwIfAny();
        shapesByCode.replaceAll((code, parts) -> List.copyOf(parts));
        this.shapes = Map.copyOf(shapesByCode);
        this.names = Map.copyOf(namesByCode);
    }

    /** The GeoJSON as read, for the browser; read-only, so every request shares the one copy. */
    public Resource geoJson() {
        return new ByteArrayResource(geoJson);
    }

    public boolean isKnown(String iso3) {
        return shapes.containsKey(iso3);
    }

    public Optional<String> name(String iso3) {
        return Optional.ofNullable(names.get(iso3));
    }

    /** Every country's outline (lon/lat), for drawing the base map on the server. */
    public List<Geometry> shapes() {
        return shapes.values().stream()
                .flatMap(List::stream)
                .map(PreparedGeometry::getGeometry)
                .toList();
    }

    /** Whether the point lies in (or within a few km of) the country's outline. */
    public boolean contains(String iso3, double latitude, double longitude) {
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        return shapes.getOrDefault(iso3, List.of()).stream()
                .anyMatch(shape ->
                        shape.contains(point) || shape.getGeometry().isWithinDistance(point, TOLERANCE_DEGREES));
    }
}
