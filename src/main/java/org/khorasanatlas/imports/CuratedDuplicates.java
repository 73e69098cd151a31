package org.khorasanatlas.imports;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.places.GeoPoint;

/**
 * Imported attacks that may be curated attacks seen again: within a day of each other and about 25 km apart
 * (UCDP's where_prec 2 is "within 25 km"). They are reported for a person to judge, never merged.
 */
final class CuratedDuplicates {

    static final long MAX_DAYS = 1;
    static final double MAX_KILOMETRES = 25;
    private static final double EARTH_RADIUS_KM = 6371;

    private CuratedDuplicates() {}

    record PossibleDuplicate(int line, AttackEvent imported, AttackEvent curated, long days, double kilometres) {}

    static List<PossibleDuplicate> find(List<RowOutcome.Kept> imported, List<AttackEvent> curated) {
        List<PossibleDuplicate> found = new ArrayList<>();
        for (RowOutcome.Kept kept : imported) {
            AttackEvent event = kept.event();
            for (AttackEvent candidate : curated) {
                long days = Math.abs(ChronoUnit.DAYS.between(candidate.date(), event.date()));
                double kilometres = kilometres(candidate.location(), event.location());
                if (days <= MAX_DAYS && kilometres <= MAX_KILOMETRES) {
                    found.add(new PossibleDuplicate(kept.line(), event, candidate, days, kilometres));
                }
            }
        }
        return found;
    }

    /** Great-circle distance (haversine). */
    static double kilometres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
