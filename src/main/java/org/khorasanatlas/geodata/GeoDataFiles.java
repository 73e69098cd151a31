package org.khorasanatlas.geodata;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Finds the data files by their path inside geodata/, wherever that folder is configured to be. */
@Component
public class GeoDataFiles {

    private final ResourceLoader resources;
    private final String location;

    public GeoDataFiles(ResourceLoader resources, GeoDataProperties properties) {
        this.resources = resources;
        this.location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    }

    /** The file at {@code path} (for example {@code attacks.geojson}); it must exist. */
    public DataFile get(String path) {
        Resource resource = resources.getResource(location + path);
        if (!resource.exists()) {
            throw new InvalidDataException(List.of(new DataProblem(location + path, 0, "", "", "file not found")));
        }
        return new DataFile("geodata/" + path, resource);
    }
}
