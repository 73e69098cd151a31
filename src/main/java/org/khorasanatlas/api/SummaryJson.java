package org.khorasanatlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.geodata.DatasetVersion;

/**
 * The figures the dashboard's panel shows for a selection, as the body of {@code /api/summary}: the
 * {@link CasualtySummary} of the attacks (by claim status too, since unclaimed attacks are included), one row per
 * year of the selection, and the dataset's size and version.
 */
record SummaryJson(
        DatasetJson dataset,
        FilterJson filter,
        String query,
        int totalAttacks,
        int attacks,
        KilledJson killed,
        InjuredJson injured,
        int attacksWithoutInjuryFigures,
        int perpetratorsKilled,
        Map<String, Integer> attacksByBranch,
        Map<String, Integer> attacksByClaim,
        List<YearJson> years) {

    static SummaryJson of(
            Selection selection, List<AttackEvent> attacks, AttackCatalog catalog, DatasetVersion dataset) {
        CasualtySummary summary = CasualtySummary.of(attacks);
        Map<String, Integer> byBranch = new LinkedHashMap<>();
        for (Branch branch : Branch.values()) {
            byBranch.put(branch.code(), summary.attacksByBranch().getOrDefault(branch, 0));
        }
        Map<String, Integer> byClaim = new LinkedHashMap<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            byClaim.put(status.code(), summary.attacksByClaim().getOrDefault(status, 0));
        }
        List<YearTotal> covered = catalog.yearTotals();
        EventFilter filter = selection.filter();
        // The filter's years as far as the data goes: "all years" has no bounds of its own.
        int from = covered.isEmpty()
                ? 0
                : Math.max(filter.years().from(), covered.getFirst().year());
        int to = covered.isEmpty()
                ? -1
                : Math.min(filter.years().to(), covered.getLast().year());
        return new SummaryJson(
                new DatasetJson(dataset.version(), dataset.dataAsOf().toString()),
                new FilterJson(
                        from,
                        to,
                        List.copyOf(filter.countries()),
                        filter.claims().stream().map(Coded::code).toList(),
                        filter.targets().stream().map(Coded::code).toList(),
                        filter.minKilled(),
                        selection.eventId().orElse(null)),
                selection.query(),
                catalog.size(),
                summary.attacks(),
                KilledJson.of(summary.killed()),
                new InjuredJson(summary.injured().low(), summary.injured().high()),
                summary.attacksWithoutInjuryFigures(),
                summary.perpetratorsKilled(),
                byBranch,
                byClaim,
                YearTotal.perYear(attacks, from, to).stream()
                        .map(year -> new YearJson(year.year(), year.attacks(), KilledJson.of(year.killed())))
                        .toList());
    }

    /** Which edition of the data answered, to cite with the figures. */
    record DatasetJson(String version, String dataAsOf) {}

    /** The selection echoed back; {@code from}/{@code to} are the years it covers within the data. */
    record FilterJson(
            int from,
            int to,
            List<String> countries,
            List<String> claims,
            List<String> targets,
            int minKilled,
            String event) {}

    record KilledJson(int low, int best, int high) {

        static KilledJson of(CasualtyRange killed) {
            return new KilledJson(killed.low(), killed.best(), killed.high());
        }
    }

    record InjuredJson(int low, int high) {}

    record YearJson(int year, int attacks, KilledJson killed) {}
}
