package org.khorasanatlas.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.Located;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The provinces of geodata/region/provinces.geojson (built by geodata/scripts/build-provinces.mjs), read and
 * checked at start-up: which province a point lies in, and each province by id.
 */
@Component
public class Provinces {

    static final String PATH = "region/provinces.geojson";
    /** Lower-case ASCII words joined by hyphens, as the build script writes them: safe in a URL as is. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final Map<String, Province> byId;
    private final STRtree index = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    @Autowired
    public Provinces(GeoDataFiles files) {
        this(files.get(PATH));
    }

    Provinces(DataFile file) {
        ProblemList problems = new ProblemList(file.name());
        Map<String, Province> read = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        GeoJsonGeometry geometry = new GeoJsonGeometry();
        for (Located<JsonNode> located : new JsonDataReader().readFeatures(file, JsonNode.class, problems)) {
            JsonNode properties = located.value().path("properties");
            int line = located.line();
            String id = properties.path("id").asString(null);
            String item = id == null ? "feature #" + (read.size() + 1) : id;
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(line, item, "properties.id", "needs lower-case letters, digits and hyphens");
            } else if (!ids.add(id)) {
                problems.add(line, item, "properties.id", "duplicate");
            }
            String name =
                    Text.required(properties.path("name").asString(null), problems, line, item, "properties.name");
            String country = properties.path("country").asString(null);
            if (country == null || !ISO3.matcher(country).matches()) {
                problems.add(line, item, "properties.country", "needs an ISO 3166-1 alpha-3 code");
            }
            Geometry shape;
            try {
                shape = geometry.read(located.value().path("geometry"));
            } catch (IllegalArgumentException e) {
                problems.add(line, item, "geometry", "not a valid Polygon or MultiPolygon: " + e.getMessage());
                continue;
            }
            if (problems.isEmpty()) {
                Province province = new Province(
                        id,
                        name,
                        country,
                        optionalText(properties.path("name_fa")),
                        optionalText(properties.path("name_ur")));
                read.put(id, province);
                index.insert(shape.getEnvelopeInternal(), new Shape(province, PreparedGeometryFactory.prepare(shape)));
            }
        }
        if (problems.isEmpty() && read.isEmpty()) {
            problems.add(0, "", "features", "no province");
        }
        problems.throwIfAny();
        index.build();
        this.byId = Map.copyOf(read);
    }

    /** The province the point lies in; empty at sea, and outside the countries the file covers. */
    public Optional<Province> containing(double latitude, double longitude) {
        Point point = factory.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Shape> candidates = index.query(new Envelope(point.getCoordinate()));
        // Neighbouring Natural Earth units may overlap by a few metres; the first by id decides, every time.
        return candidates.stream()
                .filter(shape -> shape.geometry().covers(point))
                .map(Shape::province)
                .min(Comparator.comparing(Province::id));
    }

    public Optional<Province> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every province, by id. */
    public List<Province> all() {
        List<Province> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Province::id));
        return all;
    }

    private static Optional<String> optionalText(JsonNode value) {
        return Optional.of(Text.optional(value.asString(null))).filter(text -> !text.isEmpty());
    }

    private record Shape(Province province, PreparedGeometry geometry) {}
}
