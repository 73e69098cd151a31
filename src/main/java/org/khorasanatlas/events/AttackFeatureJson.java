package org.khorasanatlas.events;

import java.util.List;

import org.khorasanatlas.sources.SourceJson;

/** One attack as written in geodata/attacks.geojson: a GeoJSON Point feature (see geodata/README.md). */
record AttackFeatureJson(String type, String id, PointJson geometry, Properties properties) {

    record PointJson(String type, List<Double> coordinates) {
    }

    record Properties(
            String name,
            String date,
            String datePrecision,
            String place,
            String admin1,
            String country,
            String locationPrecision,
            KilledJson killed,
            Integer perpetratorsKilled,
            InjuredJson injured,
            String target,
            String attackType,
            ClaimJson claim,
            String branch,
            List<SourceJson> sources) {
    }

    record KilledJson(Integer low, Integer best, Integer high, String note) {
    }

    record InjuredJson(Integer low, Integer high, String note) {
    }

    record ClaimJson(String status, String by, String note) {
    }
}
