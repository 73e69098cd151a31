package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.e2e.RunningApp;
import org.khorasanatlas.e2e.SlowBodies;
import org.khorasanatlas.e2e.TabFlood;

/**
 * The figures of docs/operations.md, measured on the production jar over loopback and written to the "Hostile load"
 * section of docs/benchmarks.md (between its own markers): how many abandoned tabs a heap holds before new visitors get
 * the busy page and what each keeps, how long until a new visitor is served again once the flood stops and until the
 * flood's memory is given back (its sessions expire), and how
 * many connections sending their bodies slowly the server survives while a normal request still answers within a
 * second. Run by {@code ./mvnw -Pload verify} (not by {@code verify}: shedding takes minutes by design). Options:
 * {@code -Dhostile.heap=512m}, {@code -Dhostile.slowConnections=2000}, {@code -Dhostile.report=PATH}.
 */
class HostileLoadBench {

    private static final int BUSY_IN_A_ROW = 25;
    private static final Duration MAX_FLOOD = Duration.ofMinutes(8);
    private static final Duration MAX_SHED = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration SHED_POLL = Duration.ofSeconds(30);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
    private static final int TRICKLE_ROUNDS = 5;

    @Test
    void measureAndWriteReport() throws Exception {
        String heap = System.getProperty("hostile.heap", "512m");
        int slowConnections = Integer.getInteger("hostile.slowConnections", 2_000);
        Path report = Path.of(System.getProperty(
                "hostile.report",
                RunningApp.targetDir().getParent().resolve("docs/benchmarks.md").toString()));
        String loadBefore = LoadReport.loadAverage();
        ServerBench server = new ServerBench(RunningApp.targetDir().resolve("hostile"));
        try (RunningApp app = RunningApp.start(
                "hostile-load", List.of("-Xmx" + heap), RunningApp.findJar(), List.of(), Duration.ofMinutes(3))) {
            long baseline = server.heapUsedAfterGc(app);
            TabFlood.Result flood = TabFlood.run(app.baseUri(), 100_000, MAX_FLOOD, BUSY_IN_A_ROW);
            long floodEnded = System.nanoTime();
            System.out.printf(
                    "[hostile] %d tabs in %d s, then busy%n",
                    flood.opened(), flood.took().toSeconds());
            assertThat(flood.failures()).isEmpty();
            assertThat(flood.busyInARow()).isEqualTo(BUSY_IN_A_ROW);

            while (!TabFlood.newVisitorServed(app.baseUri()) && System.nanoTime() - floodEnded < MAX_SHED.toNanos()) {
                Thread.sleep(POLL);
            }
            Duration servedAgain = Duration.ofNanos(System.nanoTime() - floodEnded);
            long held = server.heapUsedAfterGc(app) - baseline;
            long remaining = held;
            while (remaining > held / 10 && System.nanoTime() - floodEnded < MAX_SHED.toNanos()) {
                Thread.sleep(SHED_POLL);
                remaining = server.heapUsedAfterGc(app) - baseline;
            }
            Duration shed = Duration.ofNanos(System.nanoTime() - floodEnded);
            Flood measured = new Flood(flood, held, servedAgain, shed);
            System.out.printf(
                    "[hostile] tabs held %d MB; a new visitor served again after %d s; memory shed after %d s%n",
                    held >> 20, servedAgain.toSeconds(), shed.toSeconds());
            assertThat(servedAgain)
                    .as("time until a new visitor is served again")
                    .isLessThan(MAX_SHED);
            assertThat(remaining)
                    .as("heap the flood's tabs still hold after " + MAX_SHED)
                    .isLessThanOrEqualTo(held / 10);

            List<String> slowAnswers = new ArrayList<>();
            int stillOpen;
            try (SlowBodies slow = SlowBodies.open(app.baseUri(), slowConnections)) {
                stillOpen = slowConnections;
                for (int round = 0; round < TRICKLE_ROUNDS; round++) {
                    Thread.sleep(Duration.ofSeconds(2));
                    stillOpen = slow.trickle();
                    slowAnswers.addAll(SlowBodies.slowAnswers(app.baseUri(), ANSWER_WITHIN, "round " + round));
                }
            }
            System.out.printf(
                    "[hostile] %d slow connections (%d still open at the end), slow answers: %s%n",
                    slowConnections, stillOpen, slowAnswers);

            String section = section(heap, measured, slowConnections, stillOpen, slowAnswers, loadBefore);
            Files.writeString(
                    report,
                    LoadReport.replaceHostileSection(Files.exists(report) ? Files.readString(report) : "", section),
                    StandardCharsets.UTF_8);
            System.out.println("[hostile] wrote " + report);
        }
    }

    /** What the flood of tabs did: the heap its tabs held (after full GCs), and how long until it was given back. */
    private record Flood(TabFlood.Result tabs, long heldBytes, Duration servedAgain, Duration shed) {

        double kilobytesPerTab() {
            return heldBytes / 1024.0 / tabs.opened();
        }
    }

    private static String section(
            String heap, Flood flood, int slowConnections, int stillOpen, List<String> slowAnswers, String loadBefore) {
        StringBuilder md = new StringBuilder("## Hostile load\n\n");
        md.append("Generated by `./mvnw -Pload verify` (`bench/HostileLoadBench`; docs/operations.md explains the "
                        + "limits it measures); rerun it rather than edit this section. The production jar with its default "
                        + "settings and `-Xmx")
                .append(heap)
                .append("`, attacked over loopback from the same machine. Heap: in "
                        + "use after two full GCs (`jcmd`).\n\n");
        LoadReport.machineTable(md, loadBefore);
        TabFlood.Result tabs = flood.tabs();
        BenchReport.table(
                md,
                List.of("attack", "measured", "verdict"),
                List.of(
                        List.of(
                                "one client opens tabs as fast as it can and abandons them (page, bootstrap, navigation)",
                                tabs.opened() + " tabs in " + tabs.took().toSeconds()
                                        + " s before the busy page; they held "
                                        + BenchReport.number(flood.heldBytes() / 1048576.0) + " MB, "
                                        + BenchReport.number(flood.kilobytesPerTab()) + " KB per tab: **"
                                        + BenchReport.number(1024 * 1024 / flood.kilobytesPerTab())
                                        + " tabs per GB of heap**",
                                tabs.failures().isEmpty()
                                        ? "no 500, no OutOfMemoryError"
                                        : "**failed**: " + tabs.failures()),
                        List.of(
                                "time until a new visitor gets the page again after the flood",
                                flood.servedAgain().toSeconds() + " s",
                                "served"),
                        List.of(
                                "time to shed: until the flood's tabs hold less than a tenth of their heap",
                                flood.shed().toSeconds() + " s",
                                "shed (the flood's sessions expired)"),
                        List.of(
                                slowConnections
                                        + " connections sending their bodies a byte every 2 s (3 in 5 Vaadin messages, "
                                        + "the rest form and API posts, refused unread)",
                                stillOpen + " still open after " + (TRICKLE_ROUNDS * 2) + " s; "
                                        + (TRICKLE_ROUNDS * 3 - slowAnswers.size()) + " of " + TRICKLE_ROUNDS * 3
                                        + " normal requests answered within 1 s",
                                slowAnswers.isEmpty() ? "survived" : "**slow**: " + slowAnswers)));
        return md.toString();
    }
}
