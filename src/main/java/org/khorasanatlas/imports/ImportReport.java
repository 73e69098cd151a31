package org.khorasanatlas.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.khorasanatlas.events.Figures;

/** What an import did, for the person who ran it: every row is accounted for. */
record ImportReport(
        Path csv,
        int rowsRead,
        List<RowOutcome> outcomes,
        ImportMerge.Result merge,
        List<CuratedDuplicates.PossibleDuplicate> duplicates,
        Path output) {

    /** Enough to find a skipped row; a whole GED release would otherwise list hundreds of thousands of lines. */
    static final int MAX_RANGES_LISTED = 50;

    void print(PrintStream out) {
        List<RowOutcome.Kept> kept = outcomes.stream()
                .filter(RowOutcome.Kept.class::isInstance)
                .map(RowOutcome.Kept.class::cast)
                .toList();
        Map<SkipReason, List<Integer>> skipped = new EnumMap<>(SkipReason.class);
        outcomes.stream()
                .filter(RowOutcome.Skipped.class::isInstance)
                .map(RowOutcome.Skipped.class::cast)
                .forEach(s -> skipped.computeIfAbsent(s.reason(), r -> new ArrayList<>())
                        .add(s.line()));

        out.println("UCDP GED import of " + csv);
        out.println("Rows read: " + Figures.count(rowsRead));
        out.println("Kept: " + Figures.count(kept.size()));
        out.println("Skipped: " + Figures.count(rowsRead - kept.size()));
        skipped.forEach((reason, lines) -> out.printf(
                Locale.ROOT,
                "  %6s  %s; %s %s%n",
                Figures.count(lines.size()),
                reason.description(),
                lines.size() == 1 ? "line" : "lines",
                ranges(lines)));

        out.println("Merged into " + output + " by UCDP id: " + merge.added() + " added, " + merge.unchanged()
                + " unchanged, " + merge.conflicts().size() + " changed, " + merge.keptFromFile()
                + " kept from the file that this CSV does not hold.");
        if (!merge.conflicts().isEmpty()) {
            out.println(
                    merge.replaced()
                            ? "Changed since the last import, replaced by this import's version (--replace-changed):"
                            : "Conflicts: changed since the last import (by hand?), the file's version is kept;"
                                    + " --replace-changed takes this import's:");
            merge.conflicts()
                    .forEach(c ->
                            out.println("  line " + c.line() + " " + c.id() + ": " + String.join(", ", c.fields())));
        }
        if (!duplicates.isEmpty()) {
            out.println("Possible duplicates of curated attacks (kept in both files; check them by hand): "
                    + duplicates.size());
            duplicates.forEach(d -> out.printf(
                    Locale.ROOT,
                    "  line %d %s (%s, %s) ~ %s: %s, %.0f km%n",
                    d.line(),
                    d.imported().id(),
                    Figures.date(d.imported()),
                    d.imported().place(),
                    d.curated().id(),
                    d.days() == 0 ? "same day" : d.days() + " day apart",
                    d.kilometres()));
        }
        out.println("Wrote " + Figures.count(merge.events().size()) + " attacks to " + output);
    }

    /** 3, 5-9, 12: consecutive lines as ranges. */
    static String ranges(List<Integer> lines) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && ranges.size() < MAX_RANGES_LISTED) {
            int first = lines.get(i);
            int last = first;
            while (i + 1 < lines.size() && lines.get(i + 1) == last + 1) {
                last = lines.get(++i);
            }
            ranges.add(first == last ? String.valueOf(first) : first + "-" + last);
            i++;
        }
        String listed = String.join(", ", ranges);
        return i < lines.size() ? listed + " and " + Figures.count(lines.size() - i) + " more" : listed;
    }
}
