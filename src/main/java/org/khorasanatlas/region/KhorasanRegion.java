package org.khorasanatlas.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.Located;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Khorasan region layers of geodata/region/khorasan.geojson, built from Natural Earth admin-1 units by
 * geodata/scripts/build-region.mjs. Checked at start-up; the file itself is what the browser draws.
 */
@Component
public class KhorasanRegion {

    static final String PATH = "region/khorasan.geojson";

    private final List<RegionLayer> layers;
    private final Map<String, byte[]> geoJsonById;
    private final Map<String, Geometry> shapeById;

    @Autowired
    public KhorasanRegion(GeoDataFiles files) {
        this(files.get(PATH));
    }

    KhorasanRegion(DataFile file) {
        ProblemList problems = new ProblemList(file.name());
        List<RegionLayer> read = new ArrayList<>();
        Map<String, byte[]> geoJson = new LinkedHashMap<>();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        GeoJsonGeometry geometry = new GeoJsonGeometry();
        JsonMapper mapper = JsonMapper.builder().build();
        for (Located<JsonNode> located : new JsonDataReader().readFeatures(file, JsonNode.class, problems)) {
            JsonNode feature = located.value();
            int line = located.line();
            JsonNode properties = feature.path("properties");
            String id = properties.path("id").asString(null);
            String item = id == null ? "feature #" + (read.size() + 1) : id;
            String name =
                    Text.required(properties.path("name").asString(null), problems, line, item, "properties.name");
            String description = Text.required(
                    properties.path("description").asString(null), problems, line, item, "properties.description");
            if (id == null || geoJson.containsKey(id)) {
                problems.add(line, item, "properties.id", "missing or duplicate");
            }
            try {
                shapes.put(item, geometry.read(feature.path("geometry")));
            } catch (IllegalArgumentException e) {
                problems.add(line, item, "geometry", "not a valid Polygon or MultiPolygon: " + e.getMessage());
            }
            List<String> units = new ArrayList<>();
            properties.path("units").forEach(unit -> units.add(unit.asString()));
            read.add(new RegionLayer(item, name, description, units));
            // Each layer is served as a collection of its own, so the map can switch them separately.
            geoJson.put(
                    item, mapper.writeValueAsBytes(Map.of("type", "FeatureCollection", "features", List.of(feature))));
        }
        if (problems.isEmpty() && read.isEmpty()) {
            problems.add(0, "", "features", "no region feature");
        }
        problems.throwIfAny();
        this.layers = List.copyOf(read);
        this.geoJsonById = Map.copyOf(geoJson);
        this.shapeById = Map.copyOf(shapes);
    }

    public List<RegionLayer> layers() {
        return layers;
    }

    /** One layer's outline (lon/lat), for drawing the map on the server. */
    public Optional<Geometry> shape(String layerId) {
        return Optional.ofNullable(shapeById.get(layerId));
    }

    /** One layer as a GeoJSON FeatureCollection, for the browser; read-only, shared by every request. */
    public Optional<Resource> geoJson(String layerId) {
        return Optional.ofNullable(geoJsonById.get(layerId)).map(ByteArrayResource::new);
    }
}
