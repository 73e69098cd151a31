package org.khorasanatlas.events;

import java.time.LocalDate;
import java.util.List;

import org.khorasanatlas.sources.Source;

/** One attack, as validated from geodata/attacks.geojson. Immutable and shared by every session. */
public record AttackEvent(
        String id,
        String name,
        LocalDate date,
        DatePrecision datePrecision,
        String place,
        String admin1,
        String country,
        GeoPoint location,
        LocationPrecision locationPrecision,
        Casualties casualties,
        TargetType target,
        AttackType attackType,
        Claim claim,
        Branch branch,
        List<Source> sources) {

    public AttackEvent {
        sources = List.copyOf(sources);
    }

    public int year() {
        return date.getYear();
    }
}
