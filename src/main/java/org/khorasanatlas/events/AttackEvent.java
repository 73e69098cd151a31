package org.khorasanatlas.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.places.Place;
import org.khorasanatlas.sources.Source;

/**
 * One attack, as validated from geodata/attacks.geojson. Immutable and shared by every session.
 * {@code gazetteerPlace} is the named place it refers to; imported attacks, which nobody has placed, have none.
 */
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
        List<Source> sources,
        Optional<Place> gazetteerPlace) {

    public AttackEvent {
        sources = List.copyOf(sources);
    }

    public int year() {
        return date.getYear();
    }
}
