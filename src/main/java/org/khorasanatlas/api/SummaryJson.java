package org.khorasanatlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.geodata.Coded;

/**
 * The figures the dashboard's panel shows for a selection, as the body of {@code /api/summary}: the
 * {@link CasualtySummary} of the attacks, one row per year of the selection, and the size of the dataset.
 */
record SummaryJson(FilterJson filter, String query, int totalAttacks, int attacks, KilledJson killed,
        InjuredJson injured, int attacksWithoutInjuryFigures, int perpetratorsKilled,
        Map<String, Integer> attacksByBranch, List<YearJson> years) {

    static SummaryJson of(Selection selection, List<AttackEvent> attacks, AttackCatalog catalog) {
        CasualtySummary summary = CasualtySummary.of(attacks);
        Map<String, Integer> byBranch = new LinkedHashMap<>();
        for (Branch branch : Branch.values()) {
            byBranch.put(branch.code(), summary.attacksByBranch().getOrDefault(branch, 0));
        }
        List<YearTotal> covered = catalog.yearTotals();
        EventFilter filter = selection.filter();
        // The filter's years as far as the data goes: "all years" has no bounds of its own.
        int from = covered.isEmpty() ? 0 : Math.max(filter.years().from(), covered.getFirst().year());
        int to = covered.isEmpty() ? -1 : Math.min(filter.years().to(), covered.getLast().year());
        return new SummaryJson(
                new FilterJson(from, to, List.copyOf(filter.countries()),
                        filter.claims().stream().map(Coded::code).toList(),
                        filter.targets().stream().map(Coded::code).toList(), filter.minKilled(),
                        selection.eventId().orElse(null)),
                selection.query(), catalog.size(), summary.attacks(), KilledJson.of(summary.killed()),
                new InjuredJson(summary.injured().low(), summary.injured().high()),
                summary.attacksWithoutInjuryFigures(), summary.perpetratorsKilled(), byBranch,
                YearTotal.perYear(attacks, from, to).stream()
                        .map(year -> new YearJson(year.year(), year.attacks(), KilledJson.of(year.killed())))
                        .toList());
    }

    /** The selection echoed back; {@code from}/{@code to} are the years it covers within the data. */
    record FilterJson(int from, int to, List<String> countries, List<String> claims, List<String> targets,
            int minKilled, String event) {
    }

    record KilledJson(int low, int best, int high) {

        static KilledJson of(CasualtyRange killed) {
            return new KilledJson(killed.low(), killed.best(), killed.high());
        }
    }

    record InjuredJson(int low, int high) {
    }

    record YearJson(int year, int attacks, KilledJson killed) {
    }
}
