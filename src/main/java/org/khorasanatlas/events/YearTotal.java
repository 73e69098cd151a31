package org.khorasanatlas.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Attacks and deaths in one calendar year. */
public record YearTotal(int year, int attacks, CasualtyRange killed) {

    /** One total per year from {@code first} to {@code last}, years without attacks included (as zeros). */
    public static List<YearTotal> perYear(Collection<AttackEvent> events, int first, int last) {
        Map<Integer, List<AttackEvent>> byYear = events.stream().collect(Collectors.groupingBy(AttackEvent::year));
        List<YearTotal> totals = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            CasualtySummary summary = CasualtySummary.of(byYear.getOrDefault(year, List.of()));
            totals.add(new YearTotal(year, summary.attacks(), summary.killed()));
        }
        return List.copyOf(totals);
    }
}
