package org.khorasanatlas.events;

import java.util.Collection;

/**
 * Totals over a set of attacks. Injuries are summed only where a source gives a figure, and
 * {@code attacksWithoutInjuryFigures} says how many attacks that leaves out, so a reader is not misled.
 */
public record CasualtySummary(int attacks, CasualtyRange killed, int perpetratorsKilled, InjuryRange injured,
        int attacksWithoutInjuryFigures) {

    public static CasualtySummary of(Collection<AttackEvent> events) {
        CasualtyRange killed = CasualtyRange.NONE;
        InjuryRange injured = InjuryRange.NONE;
        int perpetrators = 0;
        int withoutInjuries = 0;
        for (AttackEvent event : events) {
            Casualties c = event.casualties();
            killed = killed.plus(c.killed());
            perpetrators += c.perpetratorsKilled().orElse(0);
            if (c.injured().isPresent()) {
                injured = injured.plus(c.injured().get());
            } else {
                withoutInjuries++;
            }
        }
        return new CasualtySummary(events.size(), killed, perpetrators, injured, withoutInjuries);
    }
}
