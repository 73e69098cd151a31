package org.khorasanatlas.map;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The files of the offline map (geodata/basemap/map/, built by geodata/scripts/build-map.mjs and listed in its
 * index.json): read and checked at start-up, and served under a version made from their contents, so a browser
 * may keep them for good and a new build is fetched anew.
 */
@Component
public class BaseMapFiles {

    static final String FOLDER = "basemap/map/";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final String version;
    private final double cellDegrees;
    private final LatLngBounds cells;
    private final int tiers;
    private final int tiledFromTier;

    public BaseMapFiles(GeoDataFiles geoData) {
        JsonDataReader reader = new JsonDataReader();
        DataFile indexFile = geoData.get(FOLDER + "index.json");
        Index index = reader.readDocument(indexFile, Index.class);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String name : index.files()) {
            if (!name.matches("[a-z0-9.-]+") || name.equals("index.json")) {
                throw new InvalidDataException(List.of(new DataProblem(
                        indexFile.name(),
                        0,
                        name,
                        "files",
                        "not a file name of the map (lower-case letters, digits, dots and hyphens)")));
            }
            DataFile file = geoData.get(FOLDER + name);
            // Only whole JSON documents are served: a file cut short would break the map, not the start-up.
            reader.readDocument(file, JsonNode.class);
            byte[] bytes = file.bytes();
            files.put(name, bytes);
            all.writeBytes(bytes);
        }
        this.version = new DataFile("all", new ByteArrayResource(all.toByteArray()))
                .sha256()
                .substring(0, 12);
        this.cellDegrees = index.cellDegrees();
        double[][] corners = index.cells();
        this.cells = new LatLngBounds(corners[0][0], corners[0][1], corners[1][0], corners[1][1]);
        this.tiers = index.tiers();
        this.tiledFromTier = index.tiledFromTier();
    }

    /** The file's URL, carrying the version; the file must be one of the map's. */
    public String url(String name) {
        if (!files.containsKey(name) && !name.contains("{x}")) {
            throw new IllegalArgumentException("no map file " + name + "; there are " + files.keySet());
        }
        return GeoDataController.MAP_FILES_URL.replace("{version}", version).replace("{name}", name);
    }

    /** A file of this version, read-only and shared by every request; empty for another version or name. */
    Optional<Resource> file(String fileVersion, String name) {
        return fileVersion.equals(version)
                ? Optional.ofNullable(files.get(name)).map(ByteArrayResource::new)
                : Optional.empty();
    }

    /** How many label tiers the build made; tiers from {@link #tiledFromTier()} are cut into cells. */
    public int tiers() {
        return tiers;
    }

    public int tiledFromTier() {
        return tiledFromTier;
    }

    public double cellDegrees() {
        return cellDegrees;
    }

    /** Where the cells of the tiled tiers lie: every cell in it exists, empty or not. */
    public LatLngBounds cells() {
        return cells;
    }

    record Index(double cellDegrees, double[][] cells, int tiledFromTier, int tiers, List<String> files) {}
}
