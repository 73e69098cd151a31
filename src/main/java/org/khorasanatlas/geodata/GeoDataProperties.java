package org.khorasanatlas.geodata;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data files are read from. The default is the copy of geodata/ packed into the jar; point
 * {@code atlas.data.location} at a folder ({@code file:/srv/atlas/geodata/}) to serve edited data
 * without rebuilding.
 *
 * @param imported the path, inside that location, of an imported attacks file to show as an extra map layer
 *                 (for example {@code imported/ucdp-ged.geojson}); none when blank
 */
@ConfigurationProperties("atlas.data")
public record GeoDataProperties(
        @DefaultValue("classpath:geodata/") String location, String imported) {

    public Optional<String> importedFile() {
        return imported == null || imported.isBlank() ? Optional.empty() : Optional.of(imported.strip());
    }
}
