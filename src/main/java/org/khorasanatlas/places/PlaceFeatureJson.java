package org.khorasanatlas.places;

import java.util.List;

import org.khorasanatlas.sources.SourceJson;

/** One place as written in geodata/places.geojson (see geodata/README.md, "places.geojson"). */
record PlaceFeatureJson(String type, String id, PointJson geometry, Properties properties) {

    record PointJson(String type, List<Double> coordinates) {}

    record Properties(
            String name,
            String kind,
            String within,
            String admin1,
            String country,
            String precision,
            SourceJson source,
            String note) {}
}
