package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.bench.PageBench.Kind;
import org.khorasanatlas.e2e.RunningApp;
import org.khorasanatlas.e2e.SharedBrowser;

/**
 * What /embed costs, on the production jar over loopback, written to the "/embed" section of docs/benchmarks.md
 * (between its own markers): page → interactive map against the plain-Leaflet baseline page (first visits in fresh
 * browser contexts, the two pages alternating, the same data, the same run), then a bounded load of embed loads
 * (see {@link EmbedLoad}) with throughput, p95, errors, the Set-Cookie headers seen (a session per reader would
 * show there) and the server's heap after full GCs before and after. Run by {@code ./mvnw -Pembed verify}, about
 * three minutes. Options: {@code -Dembed.loads=20000}, {@code -Dembed.concurrency=32}, {@code -Dembed.opens=15},
 * {@code -Dembed.report=PATH}.
 */
class EmbedBench {

    static final String COMMAND = "./mvnw -Pembed verify";
    /** Every attack, as the baseline page opens on them. */
    private static final String EMBED = "/embed";

    private static final double TIMEOUT_MS = 60_000;
    private static final int WARM_UP_OPENS = 3;
    /** The bound: /embed's page → interactive at most this times the baseline's (median). */
    private static final double TARGET_RATIO = 1.1;

    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2025;

    @Test
    void measureAndWriteReport() throws Exception {
        int loads = Integer.getInteger("embed.loads", 20_000);
        int concurrency = Integer.getInteger("embed.concurrency", 32);
        int opens = Integer.getInteger("embed.opens", 15);
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path report = Path.of(System.getProperty(
                "embed.report", base.resolve("docs/benchmarks.md").toString()));
        Path benchDir = RunningApp.targetDir().resolve("bench");
        BenchData data = new BenchData(base.resolve("geodata"), benchDir);
        data.writeBaselinePage(
                base.resolve("src/test/resources/bench/baseline"), LeafletFiles.install(benchDir.resolve("npm")));
        String loadBefore = LoadReport.loadAverage();
        ServerBench server = new ServerBench(benchDir);
        try (SharedBrowser browser = SharedBrowser.launch();
                RunningApp app = RunningApp.start(
                        "bench-embed",
                        List.of(),
                        RunningApp.findJar(),
                        List.of(AtlasBenchmark.staticLocations(data)),
                        Duration.ofMinutes(3))) {
            PageBench pages = new PageBench(browser.browser(), app.baseUri());
            Samples embed = Samples.NONE;
            Samples baseline = Samples.NONE;
            for (int run = 0; run < WARM_UP_OPENS + opens; run++) {
                double embedMs = pages.firstVisit(EMBED, TIMEOUT_MS);
                double baselineMs = pages.firstVisit(Kind.BASELINE.path(), TIMEOUT_MS);
                if (run >= WARM_UP_OPENS) {
                    embed = embed.plus(embedMs);
                    baseline = baseline.plus(baselineMs);
                }
            }
            System.out.printf(
                    "[embed] page → interactive: /embed %.0f ms, baseline %.0f ms (medians)%n",
                    embed.median(), baseline.median());

            List<List<URI>> variants = new ArrayList<>();
            for (int year : IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).toArray()) {
                variants.add(pages.requestsOfFirstVisit(EMBED + "?year=" + year, TIMEOUT_MS));
            }
            long heapBefore = server.heapUsedAfterGc(app);
            EmbedLoad.Result load = EmbedLoad.run(variants, loads, concurrency);
            long heapAfter = server.heapUsedAfterGc(app);
            System.out.printf(
                    "[embed] %d loads in %d s: %.0f loads/s, p95 %.0f ms, %d errors %s, %d cookies; heap %d → %d MB%n",
                    loads,
                    load.took().toSeconds(),
                    load.loadsPerSecond(),
                    load.loadMs().p95(),
                    load.errors(),
                    load.firstErrors(),
                    load.cookies(),
                    heapBefore >> 20,
                    heapAfter >> 20);

            String section = section(
                    embed, baseline, variants.getFirst().size(), load, concurrency, heapBefore, heapAfter, loadBefore);
            Files.writeString(
                    report,
                    LoadReport.replaceEmbedSection(Files.exists(report) ? Files.readString(report) : "", section),
                    StandardCharsets.UTF_8);
            System.out.println("[embed] wrote " + report);

            assertThat(load.errors())
                    .as("loads with an error: " + load.firstErrors())
                    .isZero();
            assertThat(load.cookies())
                    .as("answers that set a cookie (a session)")
                    .isZero();
        }
    }

    private static String section(
            Samples embed,
            Samples baseline,
            int requestsPerLoad,
            EmbedLoad.Result load,
            int concurrency,
            long heapBefore,
            long heapAfter,
            String loadBefore) {
        StringBuilder md = new StringBuilder("## /embed\n\n");
        md.append("Generated by `")
                .append(COMMAND)
                .append("` (`bench/EmbedBench`); rerun it rather than edit this section. The production jar with its "
                        + "default settings, the shipped data, over loopback from the same machine; the baseline is "
                        + "the plain-Leaflet page of the browser benchmark, served by the same jar.\n\n");
        LoadReport.machineTable(md, loadBefore);
        double ratio = embed.median() / baseline.median();
        md.append(
                        "### Page → interactive map\n\nFirst visits (a fresh browser context each), the two pages taking turns, ")
                .append(embed.count())
                .append(" each after ")
                .append(WARM_UP_OPENS)
                .append(" to warm up; all attacks on both. Target: /embed at most ")
                .append(BenchReport.number(TARGET_RATIO))
                .append("× the baseline (median).\n\n");
        BenchReport.table(
                md,
                List.of("page", "median", "p95", "ratio (median)", "verdict"),
                List.of(
                        List.of(
                                "`/embed`",
                                ms(embed.median()),
                                ms(embed.p95()),
                                String.format(Locale.ROOT, "%.2f×", ratio),
                                ratio <= TARGET_RATIO ? "met" : "**missed**"),
                        List.of("plain Leaflet baseline", ms(baseline.median()), ms(baseline.p95()), "1×", "")));
        md.append("### ")
                .append(BenchReport.number(load.loadMs().count()))
                .append(" loads\n\n")
                .append(concurrency)
                .append(" readers at once, each loading again as soon as its last load ended; a load is every "
                        + "same-origin request of a first visit (")
                .append(requestsPerLoad)
                .append(" for `/embed?year=2015`: the page, its script and styles, the base map, the API's events "
                        + "and summary), fetched one after another with an empty cache and `Accept-Encoding: gzip`, "
                        + "the year changing from load to load (2015 to 2025).\n\n");
        BenchReport.table(
                md,
                List.of("", ""),
                List.of(
                        List.of(
                                "took",
                                load.took().toSeconds() + " s ("
                                        + BenchReport.number(load.loadsPerSecond()) + " loads/s, "
                                        + BenchReport.number(load.requestsPerSecond()) + " requests/s, "
                                        + BenchReport.bytes(load.bytes()) + " sent)"),
                        List.of(
                                "a load, median / p95 / slowest",
                                ms(load.loadMs().median()) + " / "
                                        + ms(load.loadMs().p95()) + " / "
                                        + ms(load.loadMs().max())),
                        List.of(
                                "errors (any answer but 200, or none)",
                                load.errors() == 0 ? "0" : "**" + load.errors() + "**: " + load.firstErrors()),
                        List.of(
                                "sessions (answers with `Set-Cookie`)",
                                load.cookies() == 0 ? "0" : "**" + load.cookies() + "**"),
                        List.of(
                                "server heap after two full GCs, before → after",
                                BenchReport.bytes(heapBefore) + " → " + BenchReport.bytes(heapAfter))));
        return md.toString();
    }

    private static String ms(double value) {
        return BenchReport.number(value) + " ms";
    }
}
