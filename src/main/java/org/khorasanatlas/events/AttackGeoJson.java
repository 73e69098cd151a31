package org.khorasanatlas.events;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes attacks as a GeoJSON FeatureCollection in the format of geodata/attacks.geojson, so an export can be
 * read back by the app, opened in QGIS, or reviewed like the shipped file.
 */
public final class AttackGeoJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AttackGeoJson() {}

    public static void write(List<AttackEvent> events, OutputStream out) {
        JSON.writeValue(
                out,
                new FeatureCollection(
                        "FeatureCollection",
                        events.stream().map(AttackFeatureJson::of).toList()));
    }

    private record FeatureCollection(String type, List<AttackFeatureJson> features) {}
}
