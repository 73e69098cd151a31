package org.khorasanatlas.events;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Totals over a set of attacks. Injuries are summed only where a source gives a figure, and
 * {@code attacksWithoutInjuryFigures} says how many attacks that leaves out, so a reader is not misled.
 * {@code attacksByBranch} keeps attacks claimed for IS Pakistan Province apart from ISKP's, and
 * {@code attacksByClaim} lets the page say how many of the attacks only officials or observers tie to the group.
 */
public record CasualtySummary(
        int attacks,
        CasualtyRange killed,
        int perpetratorsKilled,
        InjuryRange injured,
        int attacksWithoutInjuryFigures,
        Map<Branch, Integer> attacksByBranch,
        Map<ClaimStatus, Integer> attacksByClaim) {

    public CasualtySummary {
        attacksByBranch = Collections.unmodifiableMap(new EnumMap<>(attacksByBranch));
        attacksByClaim = Collections.unmodifiableMap(new EnumMap<>(attacksByClaim));
    }

    /** The totals of both sets together, for sets that share no attack (such as two different years). */
    public CasualtySummary plus(CasualtySummary other) {
        Map<Branch, Integer> byBranch = new EnumMap<>(Branch.class);
        byBranch.putAll(attacksByBranch);
        other.attacksByBranch.forEach((branch, count) -> byBranch.merge(branch, count, Integer::sum));
        Map<ClaimStatus, Integer> byClaim = new EnumMap<>(ClaimStatus.class);
        byClaim.putAll(attacksByClaim);
        other.attacksByClaim.forEach((status, count) -> byClaim.merge(status, count, Integer::sum));
        return new CasualtySummary(
                attacks + other.attacks,
                killed.plus(other.killed),
                perpetratorsKilled + other.perpetratorsKilled,
                injured.plus(other.injured),
                attacksWithoutInjuryFigures + other.attacksWithoutInjuryFigures,
                byBranch,
                byClaim);
    }

    public static CasualtySummary of(Collection<AttackEvent> events) {
        CasualtyTally tally = new CasualtyTally();
        events.forEach(tally::add);
        return tally.summary();
    }
}
