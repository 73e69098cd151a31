package org.khorasanatlas.events;

import java.util.List;

import org.khorasanatlas.places.Place;
import org.khorasanatlas.sources.SourceJson;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One attack as written in geodata/attacks.geojson: a GeoJSON Point feature (see geodata/README.md). Read
 * by {@link AttackEventReader}, and written back by {@link #of(AttackEvent)} for exports and imports, so every
 * file the app writes has exactly the format it reads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AttackFeatureJson(String type, String id, PointJson geometry, Properties properties) {

    static AttackFeatureJson of(AttackEvent event) {
        Casualties toll = event.casualties();
        CasualtyRange killed = toll.killed();
        return new AttackFeatureJson(
                "Feature",
                event.id(),
                new PointJson(
                        "Point",
                        List.of(event.location().longitude(), event.location().latitude())),
                new Properties(
                        event.name(),
                        event.date().toString(),
                        event.datePrecision().code(),
                        event.place(),
                        event.admin1(),
                        event.country(),
                        event.locationPrecision().code(),
                        event.gazetteerPlace().map(Place::id).orElse(null),
                        new KilledJson(killed.low(), killed.best(), killed.high(), blankToNull(toll.killedNote())),
                        toll.perpetratorsKilled().isPresent()
                                ? toll.perpetratorsKilled().getAsInt()
                                : null,
                        toll.injured()
                                .map(i -> new InjuredJson(i.low(), i.high(), blankToNull(toll.injuredNote())))
                                .orElse(null),
                        event.target().code(),
                        event.attackType().code(),
                        new ClaimJson(
                                event.claim().status().code(),
                                event.claim().by(),
                                blankToNull(event.claim().note())),
                        event.branch().code(),
                        event.sources().stream()
                                .map(s -> new SourceJson(
                                        s.publisher(),
                                        s.title(),
                                        s.date().toString(),
                                        s.url().toString()))
                                .toList()));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PointJson(String type, List<Double> coordinates) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Properties(
            String name,
            String date,
            String datePrecision,
            String place,
            String admin1,
            String country,
            String locationPrecision,
            String placeId,
            KilledJson killed,
            Integer perpetratorsKilled,
            InjuredJson injured,
            String target,
            String attackType,
            ClaimJson claim,
            String branch,
            List<SourceJson> sources) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KilledJson(Integer low, Integer best, Integer high, String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InjuredJson(Integer low, Integer high, String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClaimJson(String status, String by, String note) {}
}
