package org.khorasanatlas.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.places.LocationPrecision;

/**
 * A summary of the attack data as Markdown tables: counts and deaths per year, per country and per branch,
 * the shares of claim status and location precision, sources per attack, Kabul's placement and the attacks of each
 * claim status other than claimed. Pasted into geodata/README.md, where a test keeps it current.
 */
public final class DataReport {

    private DataReport() {}

    public static String of(List<AttackEvent> events, Function<String, String> countryName) {
        StringBuilder out = new StringBuilder();
        CasualtySummary all = CasualtySummary.of(events);
        out.append("Attacks: ")
                .append(Figures.count(all.attacks()))
                .append("; killed (best): ")
                .append(Figures.count(all.killed().best()))
                .append(" (range ")
                .append(Figures.range(all.killed().low(), all.killed().high()))
                .append(").\n");

        Map<String, List<AttackEvent>> byYear = new TreeMap<>();
        events.forEach(e -> byYear.computeIfAbsent(String.valueOf(e.year()), y -> new java.util.ArrayList<>())
                .add(e));
        out.append("\n").append(totalsTable("Year", byYear));

        Map<String, List<AttackEvent>> byCountry = new TreeMap<>();
        events.forEach(e -> byCountry
                .computeIfAbsent(
                        countryName.apply(e.country()) + " (" + e.country() + ")", c -> new java.util.ArrayList<>())
                .add(e));
        out.append("\n").append(totalsTable("Country", byCountry));

        Map<String, List<AttackEvent>> byBranch = new TreeMap<>();
        events.forEach(e -> byBranch.computeIfAbsent(
                        e.branch().label() + " (" + e.branch().code() + ")", b -> new java.util.ArrayList<>())
                .add(e));
        out.append("\n").append(totalsTable("Branch", byBranch));

        out.append("\n")
                .append(shareTable(
                        "Claim status",
                        ClaimStatus.class,
                        events,
                        e -> e.claim().status()));
        out.append("\n")
                .append(shareTable(
                        "Location precision", LocationPrecision.class, events, AttackEvent::locationPrecision));
        out.append("\n").append(shareTable("Date precision", DatePrecision.class, events, AttackEvent::datePrecision));
        out.append("\n").append(sourcesTable(events));
        out.append("\n").append(kabulLine(events));
        out.append("\n")
                .append(idList("Counted for IS Pakistan Province (ISPP)", events, e -> e.branch() == Branch.ISPP));
        out.append("\n")
                .append(idList(
                        "Attributed by officials, never claimed",
                        events,
                        e -> e.claim().status() == ClaimStatus.ATTRIBUTED));
        out.append("\n")
                .append(idList("Unclaimed, suspected", events, e -> e.claim().status() == ClaimStatus.SUSPECTED));
        out.append("\n").append(idList("Disputed", events, e -> e.claim().status() == ClaimStatus.DISPUTED));
        return out.toString();
    }

    private static String sourcesTable(List<AttackEvent> events) {
        Map<String, List<AttackEvent>> bySources = new TreeMap<>();
        events.forEach(e -> bySources
                .computeIfAbsent(
                        e.sources().size() >= 3
                                ? "3 or more"
                                : e.sources().size() + (e.sources().size() == 1 ? " source" : " sources"),
                        n -> new java.util.ArrayList<>())
                .add(e));
        StringBuilder table = new StringBuilder("| Sources cited | attacks |\n| --- | ---: |\n");
        bySources.forEach((count, group) -> table.append("| ")
                .append(count)
                .append(" | ")
                .append(Figures.count(group.size()))
                .append(" |\n"));
        return table.toString();
    }

    /** How many of Kabul's attacks fall back on the city's own point rather than a neighbourhood or site. */
    private static String kabulLine(List<AttackEvent> events) {
        List<AttackEvent> kabul =
                events.stream().filter(e -> e.admin1().equals("Kabul")).toList();
        int onCityPoint = (int) kabul.stream()
                .filter(e -> e.locationPrecision().compareTo(LocationPrecision.TOWN) >= 0)
                .count();
        return "Kabul province: " + Figures.count(kabul.size()) + " attacks, " + Figures.count(onCityPoint)
                + " of them placed no finer than a town centre.\n";
    }

    private static String idList(String heading, List<AttackEvent> events, Predicate<AttackEvent> which) {
        List<String> ids = events.stream().filter(which).map(AttackEvent::id).toList();
        return heading + " (" + Figures.count(ids.size()) + "): "
                + (ids.isEmpty()
                        ? "none"
                        : ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
                + ".\n";
    }

    private static String totalsTable(String heading, Map<String, List<AttackEvent>> groups) {
        StringBuilder table = new StringBuilder("| " + heading + " | attacks | killed (best) | killed (low–high) |\n"
                + "| --- | ---: | ---: | ---: |\n");
        groups.forEach((name, group) -> {
            CasualtySummary summary = CasualtySummary.of(group);
            table.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(Figures.count(summary.attacks()))
                    .append(" | ")
                    .append(Figures.count(summary.killed().best()))
                    .append(" | ")
                    .append(Figures.range(
                            summary.killed().low(), summary.killed().high()))
                    .append(" |\n");
        });
        return table.toString();
    }

    private static <E extends Enum<E> & Coded> String shareTable(
            String heading, Class<E> type, List<AttackEvent> events, Function<AttackEvent, E> value) {
        Map<E, Integer> counts = new EnumMap<>(type);
        events.forEach(e -> counts.merge(value.apply(e), 1, Integer::sum));
        StringBuilder table = new StringBuilder("| " + heading + " | attacks | share |\n| --- | ---: | ---: |\n");
        for (E code : type.getEnumConstants()) {
            int count = counts.getOrDefault(code, 0);
            double share = events.isEmpty() ? 0 : 100.0 * count / events.size();
            table.append("| ")
                    .append(code.label())
                    .append(" | ")
                    .append(Figures.count(count))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f%%", share))
                    .append(" |\n");
        }
        return table.toString();
    }
}
