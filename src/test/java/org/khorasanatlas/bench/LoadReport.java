package org.khorasanatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "Load and soak" section of docs/benchmarks.md, between its own markers so that it and the browser benchmark
 * ({@link BenchReport}) can each be rerun without the other: {@link #replaceSection} swaps only what lies between
 * the markers (or appends the section when the file has none yet).
 */
final class LoadReport {

    static final String START = "<!-- load:start -->";
    static final String END = "<!-- load:end -->";
    static final String HOSTILE_START = "<!-- hostile:start -->";
    static final String HOSTILE_END = "<!-- hostile:end -->";
    static final String EMBED_START = "<!-- embed:start -->";
    static final String EMBED_END = "<!-- embed:end -->";

    private LoadReport() {}

    /** The document with its load section replaced by {@code section} (which carries no markers). */
    static String replaceSection(String document, String section) {
        return replace(document, section, START, END);
    }

    /** The document with its failover section replaced by {@code section} ({@link FailoverSimulation}). */
    static String replaceFailoverSection(String document, String section) {
        return replace(document, section, "<!-- failover:start -->", "<!-- failover:end -->");
    }

    /** The document with its hostile-load section replaced by {@code section} ({@link HostileLoadBench}). */
    static String replaceHostileSection(String document, String section) {
        return replace(document, section, HOSTILE_START, HOSTILE_END);
    }

    /** The document with its /embed section replaced by {@code section} ({@link EmbedBench}). */
    static String replaceEmbedSection(String document, String section) {
        return replace(document, section, EMBED_START, EMBED_END);
    }

    /** The /embed figures ({@link EmbedBench}), markers included, if the document has them: kept like the others. */
    static Optional<String> embedSection(String document) {
        return between(document, EMBED_START, EMBED_END);
    }

    /** The one-minute load average as /proc/loadavg gives it, or "unknown". */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The table a load section opens with: when, on which JDK and cores, and how busy the machine was. */
    static void machineTable(StringBuilder md, String loadBefore) {
        BenchReport.table(
                md,
                List.of("", ""),
                List.of(
                        List.of(
                                "Date",
                                ZonedDateTime.now()
                                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                                        .replaceAll("\\.\\d+", "")),
                        List.of(
                                "JDK",
                                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")),
                        List.of("CPU cores", String.valueOf(Runtime.getRuntime().availableProcessors())),
                        List.of(
                                "Load average (1 min)",
                                loadBefore + " at the start, " + loadAverage() + " at the end")));
    }

    private static String replace(String document, String section, String startMarker, String endMarker) {
        String wrapped = startMarker + "\n" + section.strip() + "\n" + endMarker;
        int start = document.indexOf(startMarker);
        int end = document.indexOf(endMarker);
        if (start < 0 || end < start) {
            String body = document.stripTrailing();
            return (body.isEmpty() ? "" : body + "\n\n") + wrapped + "\n";
        }
        return document.substring(0, start) + wrapped + document.substring(end + endMarker.length());
    }

    /** The document's load section, markers included, if it has one: the browser benchmark keeps it. */
    static Optional<String> existingSection(String document) {
        return between(document, START, END);
    }

    /**
     * The hostile-load figures ({@link HostileLoadBench}), markers included, if the document has them: the browser
     * benchmark keeps them too.
     */
    static Optional<String> hostileSection(String document) {
        return between(document, HOSTILE_START, HOSTILE_END);
    }

    private static Optional<String> between(String document, String startMarker, String endMarker) {
        int start = document.indexOf(startMarker);
        int end = document.indexOf(endMarker);
        return start < 0 || end < start
                ? Optional.empty()
                : Optional.of(document.substring(start, end + endMarker.length()));
    }

    /** The section's Markdown. */
    static String section(
            Map<String, String> machine,
            LoadPlan plan,
            List<LoadPhase.Result> steps,
            LoadPhase.Result soak,
            HeapTrend heap) {
        StringBuilder md = new StringBuilder("## Load and soak\n\n");
        md.append(
                        "Generated by `./mvnw -Pload verify` (see docs/development.md); rerun it rather than edit this section. "
                                + "Gatling ")
                .append(machine.getOrDefault("Gatling", ""))
                .append(" drives the production jar over "
                        + "loopback, speaking Vaadin's UIDL protocol as the browser does: each session opens the page (`/`, "
                        + "the init request, the navigation event), then changes the year in the Year select every "
                        + Math.round(plan.thinkMin().toMillis() / 1000.0) + "–"
                        + Math.round(plan.thinkMax().toMillis() / 1000.0)
                        + " s (think time; choose a year in the native select, fetch the first page of each table). A year change's time is "
                        + "its request's round trip, on the server and the loopback; it counts when its answer has HTTP 200, "
                        + "the right sync id, no session-expired, resynchronize or error, and the chosen year's heading, "
                        + "count and deaths. Any failed request is an error. The load generator shares the machine's cores "
                        + "with the server.\n\n");
        BenchReport.table(
                md,
                List.of("", ""),
                machine.entrySet().stream()
                        .filter(e -> !e.getKey().equals("Gatling"))
                        .map(e -> List.of(e.getKey(), e.getValue()))
                        .toList());

        md.append("### Step-up: sessions at p95 ≤ ")
                .append(BenchReport.number(LoadPlan.P95_LIMIT_MS))
                .append(" ms\n\nEach step ramps its sessions in over ")
                .append(LoadPlan.format(plan.stepRamp()))
                .append(" and holds them ")
                .append(LoadPlan.format(plan.stepHold()))
                .append("; year changes are timed during the hold, errors counted throughout. Before the first "
                        + "step, a warm-up as large and as long as it lets the JIT compile the request path (not "
                        + "counted). Stepping stops at the "
                        + "first step that misses (p95 over the limit or any error).\n\n");
        BenchReport.table(
                md,
                List.of("sessions", "requests", "year changes timed", "p50", "p95", "p99", "errors", "verdict"),
                steps.stream().map(LoadReport::row).toList());
        md.append("**Capacity: ").append(capacity(steps)).append("**\n\n");
        problems(md, steps);

        md.append("### Soak: ")
                .append(soak.sessions())
                .append(" sessions for ")
                .append(LoadPlan.format(plan.soak()))
                .append("\n\nRamped in over ")
                .append(LoadPlan.format(plan.soakRamp()))
                .append(". Heap: in use after "
                        + "two full GCs (`jcmd GC.run`, `GC.heap_info`), sampled when all sessions are in and then "
                        + "every minute (the forced GCs pause the server briefly, inside the timed window).\n\n");
        BenchReport.table(
                md,
                List.of("sessions", "requests", "year changes timed", "p50", "p95", "p99", "errors"),
                List.of(row(soak).subList(0, 7)));
        if (heap.enoughSamples()) {
            List<String> header = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int minute = 0; minute < heap.bytesPerMinute().size(); minute++) {
                header.add("min " + minute);
                cells.add(BenchReport.bytes(heap.bytesPerMinute().get(minute)));
            }
            BenchReport.table(md, header, List.of(cells));
            md.append(String.format(
                    Locale.ROOT,
                    "Heap: first %s, last %s, max %s; slope %s per minute "
                            + "(fitted growth over the soak %s, %.1f%% of the first sample).%n%n",
                    BenchReport.bytes(heap.first()),
                    BenchReport.bytes(heap.last()),
                    BenchReport.bytes(heap.max()),
                    BenchReport.bytes(heap.slopePerMinute()),
                    BenchReport.bytes(heap.fittedGrowth()),
                    100 * heap.fittedGrowth() / heap.first()));
        } else {
            md.append("Heap: fewer than two samples (soak shorter than a minute); no trend.\n\n");
        }
        problems(md, List.of(soak));

        md.append("### Verdict\n\n");
        BenchReport.table(
                md,
                List.of("target", "measured", "verdict"),
                List.of(
                        List.of(
                                "year change p95 ≤ " + BenchReport.number(LoadPlan.P95_LIMIT_MS) + " ms, zero errors",
                                capacity(steps),
                                steps.stream().anyMatch(LoadPhase.Result::met)
                                        ? "met up to the capacity"
                                        : "**missed** at every step"),
                        List.of(
                                "soak: zero errors",
                                soak.errors() + " errors in " + soak.requests() + " requests",
                                soak.ran() && soak.errors() == 0 ? "met" : "**missed**"),
                        List.of(
                                "soak: year change p95 ≤ " + BenchReport.number(LoadPlan.P95_LIMIT_MS) + " ms",
                                ms(soak.yearChanges(), 95),
                                !soak.yearChanges().isEmpty()
                                                && soak.yearChanges().p95() <= LoadPlan.P95_LIMIT_MS
                                        ? "met"
                                        : "**missed**"),
                        List.of(
                                "soak: heap flat after GC (fitted growth ≤ "
                                        + Math.round(HeapTrend.FLAT_GROWTH_SHARE * 100) + "% of the first sample)",
                                heap.enoughSamples() ? BenchReport.bytes(heap.fittedGrowth()) + " over the soak" : "–",
                                !heap.enoughSamples() ? "not measured" : heap.flat() ? "met" : "**missed**")));
        return md.toString();
    }

    /** The largest passing step before the first failing one. */
    static String capacity(List<LoadPhase.Result> steps) {
        Integer best = null;
        for (LoadPhase.Result step : steps) {
            if (!step.met()) {
                break;
            }
            best = step.sessions();
        }
        if (best == null) {
            return "below " + steps.getFirst().sessions() + " sessions (the first step failed)";
        }
        boolean allPassed = steps.stream().allMatch(LoadPhase.Result::met);
        return (allPassed ? "at least " : "") + best + " concurrent sessions"
                + (allPassed ? " (every step passed; add larger steps to find the limit)" : "");
    }

    private static List<String> row(LoadPhase.Result r) {
        return List.of(
                String.valueOf(r.sessions()),
                String.valueOf(r.requests()),
                String.valueOf(r.yearChanges().count()),
                ms(r.yearChanges(), 50),
                ms(r.yearChanges(), 95),
                ms(r.yearChanges(), 99),
                String.valueOf(r.errors()),
                r.verdict());
    }

    private static String ms(Samples samples, int percent) {
        return samples.isEmpty() ? "–" : BenchReport.number(samples.percentile(percent)) + " ms";
    }

    private static void problems(StringBuilder md, List<LoadPhase.Result> phases) {
        List<String> lines = phases.stream()
                .filter(r -> !r.problems().isEmpty())
                .map(r -> r.name() + ": " + String.join("; ", r.problems()))
                .toList();
        if (!lines.isEmpty()) {
            md.append("Errors seen (first few of each phase):\n\n");
            lines.forEach(
                    line -> md.append("- ").append(line.replace("\n", " ")).append('\n'));
            md.append('\n');
        }
    }
}
