package org.khorasanatlas.events;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Totals over a set of attacks. Injuries are summed only where a source gives a figure, and
 * {@code attacksWithoutInjuryFigures} says how many attacks that leaves out, so a reader is not misled.
 * {@code attacksByBranch} keeps attacks claimed for IS Pakistan Province apart from ISKP's.
 */
public record CasualtySummary(int attacks, CasualtyRange killed, int perpetratorsKilled, InjuryRange injured,
        int attacksWithoutInjuryFigures, Map<Branch, Integer> attacksByBranch) {

    public CasualtySummary {
        attacksByBranch = Collections.unmodifiableMap(new EnumMap<>(attacksByBranch));
    }

    /** The totals of both sets together, for sets that share no attack (such as two different years). */
    public CasualtySummary plus(CasualtySummary other) {
        Map<Branch, Integer> byBranch = new EnumMap<>(Branch.class);
        byBranch.putAll(attacksByBranch);
        other.attacksByBranch.forEach((branch, count) -> byBranch.merge(branch, count, Integer::sum));
        return new CasualtySummary(attacks + other.attacks, killed.plus(other.killed),
                perpetratorsKilled + other.perpetratorsKilled, injured.plus(other.injured),
                attacksWithoutInjuryFigures + other.attacksWithoutInjuryFigures, byBranch);
    }

    public static CasualtySummary of(Collection<AttackEvent> events) {
        CasualtyRange killed = CasualtyRange.NONE;
        InjuryRange injured = InjuryRange.NONE;
        int perpetrators = 0;
        int withoutInjuries = 0;
        Map<Branch, Integer> byBranch = new EnumMap<>(Branch.class);
        for (AttackEvent event : events) {
            byBranch.merge(event.branch(), 1, Integer::sum);
            Casualties c = event.casualties();
            killed = killed.plus(c.killed());
            perpetrators += c.perpetratorsKilled().orElse(0);
            if (c.injured().isPresent()) {
                injured = injured.plus(c.injured().get());
            } else {
                withoutInjuries++;
            }
        }
        return new CasualtySummary(events.size(), killed, perpetrators, injured, withoutInjuries, byBranch);
    }
}
