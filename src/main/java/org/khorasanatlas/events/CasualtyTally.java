package org.khorasanatlas.events;

import java.util.EnumMap;
import java.util.Map;

/**
 * A {@link CasualtySummary} being added up, one attack at a time: the one place the rules of a total live
 * (injuries only where a source gives a figure), whether the attacks come as objects or as the catalog's columns.
 */
final class CasualtyTally {

    /** What {@link #add} takes for the injuries of an attack no source gives a figure for. */
    static final int NO_FIGURE = -1;

    private int attacks;
    private int killedLow;
    private int killedBest;
    private int killedHigh;
    private int perpetrators;
    private int injuredLow;
    private int injuredHigh;
    private int withoutInjuries;
    private final int[] byBranch = new int[Branch.values().length];
    private final int[] byClaim = new int[ClaimStatus.values().length];

    void add(AttackEvent event) {
        Casualties c = event.casualties();
        add(
                event.branch().ordinal(),
                event.claim().status().ordinal(),
                c.killed().low(),
                c.killed().best(),
                c.killed().high(),
                c.perpetratorsKilled().orElse(0),
                c.injured().map(InjuryRange::low).orElse(NO_FIGURE),
                c.injured().map(InjuryRange::high).orElse(NO_FIGURE));
    }

    /** One attack; {@code injuredLow} is {@link #NO_FIGURE} when no source gives its injuries. */
    void add(
            int branch,
            int claim,
            int killedLow,
            int killedBest,
            int killedHigh,
            int perpetrators,
            int injuredLow,
            int injuredHigh) {
        attacks++;
        byBranch[branch]++;
        byClaim[claim]++;
        this.killedLow += killedLow;
        this.killedBest += killedBest;
        this.killedHigh += killedHigh;
        this.perpetrators += perpetrators;
        if (injuredLow == NO_FIGURE) {
            withoutInjuries++;
        } else {
            this.injuredLow += injuredLow;
            this.injuredHigh += injuredHigh;
        }
    }

    int attacks() {
        return attacks;
    }

    CasualtySummary summary() {
        return new CasualtySummary(
                attacks,
                new CasualtyRange(killedLow, killedBest, killedHigh),
                perpetrators,
                new InjuryRange(injuredLow, injuredHigh),
                withoutInjuries,
                counts(Branch.values(), byBranch),
                counts(ClaimStatus.values(), byClaim));
    }

    /** Only what occurs, as {@link CasualtySummary#plus} and equality expect: no key with zero. */
    private static <E extends Enum<E>> Map<E, Integer> counts(E[] values, int[] counts) {
        Map<E, Integer> map = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            if (counts[value.ordinal()] > 0) {
                map.put(value, counts[value.ordinal()]);
            }
        }
        return map;
    }
}
