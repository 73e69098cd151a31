package org.khorasanatlas.geodata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data files are read from. The default is the copy of geodata/ packed into the jar; point
 * {@code atlas.data.location} at a folder ({@code file:/srv/atlas/geodata/}) to serve edited data
 * without rebuilding.
 */
@ConfigurationProperties("atlas.data")
public record GeoDataProperties(@DefaultValue("classpath:geodata/") String location) {
}
