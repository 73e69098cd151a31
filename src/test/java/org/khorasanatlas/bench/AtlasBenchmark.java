package org.khorasanatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.bench.BenchData.Dataset;
import org.khorasanatlas.bench.PageBench.Kind;
import org.khorasanatlas.bench.PageBench.Plan;
import org.khorasanatlas.bench.ServerBench.Launch;
import org.khorasanatlas.e2e.RunningApp;
import org.khorasanatlas.e2e.SharedBrowser;

import com.microsoft.playwright.BrowserContext;

/**
 * The benchmark of issue 5: {@code ./mvnw -Pbench verify} builds the production jar and runs only this class
 * (never part of the normal build), which measures start-up, the base map's bytes, the filter path, the heap per
 * tab and the browser timings against the plain-Leaflet baseline on the shipped data and on 1k–1M synthetic
 * attacks, and writes docs/benchmarks.md. Every section is bounded by timeouts; a section that fails is reported
 * as not measured and the others still run. Options: {@code -Dbench.sizes=1000,10000} (synthetic sizes, none
 * with an empty value), {@code -Dbench.skip=startup,basemap,jmh,shipped,1k,heap-1k} (sections to leave out),
 * {@code -Dbench.quick=true} (few repetitions, for trying the harness), {@code -Dbench.report=...} (where to
 * write).
 */
class AtlasBenchmark {

    static final String COMMAND = "./mvnw -Pbench verify";
    private static final String DEFAULT_SIZES = "1000,10000,100000,1000000";
    private static final int JMH_EVENTS = 1_000_000;
    /** A one-minute load average below this on 2 cores: nothing else is running. */
    private static final double QUIET_LOAD = 0.5;
    /** Past server.tomcat.connection-timeout (20 s), when the server has closed the tabs' idle connections. */
    private static final Duration CONNECTIONS_IDLE_CLOSED = Duration.ofSeconds(25);

    private final Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private final Path benchDir = RunningApp.targetDir().resolve("bench");
    private final boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
    private final List<Integer> sizes = Arrays.stream(
                    System.getProperty("bench.sizes", DEFAULT_SIZES).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Integer::valueOf)
            .toList();
    private final List<String> skip =
            Arrays.asList(System.getProperty("bench.skip", "").split(","));
    private final BenchReport report = new BenchReport();
    private final List<Double> loads = new ArrayList<>();

    @Test
    void measureAndWriteReport() {
        Path jar = RunningApp.findJar();
        double startLoad = awaitQuietMachine();
        describeMachine();
        report.jar(size(jar));
        BenchData data = new BenchData(base.resolve("geodata"), benchDir);
        data.writeBaselinePage(
                base.resolve("src/test/resources/bench/baseline"), LeafletFiles.install(benchDir.resolve("npm")));
        try (SharedBrowser browser = SharedBrowser.launch()) {
            report.machine("Chromium", browser.browser().version() + " (headless)");
            section("startup", () -> startups(jar, browser));
            section("basemap", () -> baseMap(jar, browser, data));
            section(
                    "jmh",
                    () -> report.jmh(
                            JMH_EVENTS, FilterPathJmh.run(JMH_EVENTS, base.resolve("geodata"), quick ? 1 : 2)));
            section("shipped", () -> dataset(jar, browser, data.shipped(), data));
            for (int size : sizes) {
                section(BenchData.label(size), () -> dataset(jar, browser, data.synthetic(size), data));
            }
        }
        loads.add(loadAverage());
        report.machine(
                "Load average (1 min)",
                String.format(
                        Locale.ROOT,
                        "%.2f at the start, %.2f–%.2f during "
                                + "the run (this benchmark's own browser and server included)",
                        startLoad,
                        loads.stream().mapToDouble(d -> d).min().orElse(startLoad),
                        loads.stream().mapToDouble(d -> d).max().orElse(startLoad)));
        Path file = base.resolve(System.getProperty("bench.report", "docs/benchmarks.md"));
        report.write(file, COMMAND + (quick ? " -Dbench.quick=true" : ""), quick || !(startLoad < QUIET_LOAD));
        System.out.println("[bench] report written to " + file);
    }

    /** Start-up of the fat jar, the extracted jar, and the extracted jar with an AOT cache trained on it. */
    private void startups(Path jar, SharedBrowser browser) {
        ServerBench server = new ServerBench(benchDir);
        Path extracted = server.extract(jar);
        Path cache = server.trainAotCache(
                extracted,
                List.of(),
                app -> new PageBench(browser.browser(), app.baseUri())
                        .openTab(Kind.ATLAS.path(), 60_000)
                        .close());
        report.aotCache(size(cache));
        List<Launch> launches = List.of(
                new Launch("fat-jar", List.of(), jar),
                new Launch("extracted", List.of(), extracted),
                new Launch("aot-cache", List.of("-XX:AOTCache=" + cache), extracted));
        server.startups(launches, List.of(), quick ? 2 : 7, Duration.ofMinutes(3))
                .forEach(report::startup);
    }

    /** Base-map bytes at first paint and per zoom step on both pages (shipped data: the map does not depend on it). */
    private void baseMap(Path jar, SharedBrowser browser, BenchData data) {
        try (RunningApp app = RunningApp.start(
                "bench-app-basemap", List.of(), jar, List.of(staticLocations(data)), Duration.ofMinutes(3))) {
            BaseMapBytes bytes = new BaseMapBytes(browser.browser(), app.baseUri(), 60_000);
            for (Kind kind : Kind.COMPARED) {
                report.baseMap(bytes.measure(kind));
            }
        }
    }

    /** Serves the baseline page beside the app's own resources. */
    static String staticLocations(BenchData data) {
        return "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/resources/,"
                + "classpath:/static/,classpath:/public/,file:"
                + data.staticDir().toAbsolutePath() + "/";
    }

    /** Everything measured on one data set: load time, heap, heap per tab, then both pages in the browser. */
    private void dataset(Path jar, SharedBrowser browser, Dataset dataset, BenchData data) {
        loads.add(loadAverage());
        List<String> arguments = new ArrayList<>(List.of(staticLocations(data)));
        if (!dataset.label().equals("shipped")) {
            arguments.add(dataset.dataArgument());
        }
        ServerBench server = new ServerBench(benchDir);
        Duration startTimeout = Duration.ofMinutes(dataset.size() >= 1_000_000 ? 6 : 3);
        RunningApp app;
        try {
            app = RunningApp.start("bench-app-" + dataset.label(), List.of(), jar, arguments, startTimeout);
        } catch (IllegalStateException e) {
            report.data(new BenchReport.DataRow(dataset, Double.NaN, -1));
            throw e;
        }
        try (app) {
            report.data(
                    new BenchReport.DataRow(dataset, app.readyAfter().toNanos() / 1e6, server.heapUsedAfterGc(app)));
            Plan plan = plan(dataset.size());
            PageBench pages = new PageBench(browser.browser(), app.baseUri());
            int tabs = tabs(dataset.size());
            if (tabs > 0) {
                section("heap-" + dataset.label(), () -> heapPerTab(server, app, pages, dataset, tabs, plan));
            }
            List<Kind> kinds = new ArrayList<>(Kind.COMPARED);
            if (dataset.label().equals("shipped")) {
                // The static page reads the attacks file written beside it: the shipped one.
                kinds.add(Kind.STATIC_BASELINE);
            }
            for (Kind kind : kinds) {
                report.page(pages.run(kind, dataset, plan));
            }
        }
    }

    /**
     * Warms up with as many tabs as it measures, open at once: Tomcat keeps the buffers of closed connections for
     * the next ones (up to its pool's size, whatever the number of tabs), and a warm-up of fewer tabs would count
     * the pool's growth as the measured tabs' own.
     */
    private void heapPerTab(ServerBench server, RunningApp app, PageBench pages, Dataset dataset, int tabs, Plan plan) {
        openTabs(pages, tabs, plan).forEach(BrowserContext::close);
        long before = server.heapUsedAfterGc(app);
        List<BrowserContext> open = openTabs(pages, tabs, plan);
        try {
            long withConnections = server.heapUsedAfterGc(app);
            Thread.sleep(CONNECTIONS_IDLE_CLOSED);
            report.sessions(
                    new BenchReport.SessionRow(dataset, tabs, before, withConnections, server.heapUsedAfterGc(app)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tabs' connections went idle", e);
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private static List<BrowserContext> openTabs(PageBench pages, int tabs, Plan plan) {
        List<BrowserContext> open = new ArrayList<>();
        try {
            for (int i = 0; i < tabs; i++) {
                open.add(pages.openTab(Kind.ATLAS.path(), plan.timeoutMs()));
            }
            return open;
        } catch (RuntimeException e) {
            open.forEach(BrowserContext::close);
            throw e;
        }
    }

    private Plan plan(int size) {
        if (quick) {
            return new Plan(1, 3, 1, 1, 120_000);
        }
        if (size <= 10_000) {
            return new Plan(2, 15, 2, 3, 60_000);
        }
        return size <= 100_000 ? new Plan(1, 5, 1, 2, 120_000) : new Plan(0, 1, 1, 1, 180_000);
    }

    private int tabs(int size) {
        if (size > 100_000) {
            return 0;
        }
        if (quick) {
            return size <= 10_000 ? 3 : 0;
        }
        // Enough tabs that a few hundred KB of GC noise stays a few KB a tab.
        return size <= 1_000 ? 30 : size <= 10_000 ? 5 : 3;
    }

    /** Runs one part; if it fails, the report says so and the benchmark goes on with the next. */
    private void section(String name, Runnable part) {
        if (skip.contains(name)) {
            System.out.println("[bench] === " + name + ": skipped");
            return;
        }
        System.out.println("[bench] === " + name);
        try {
            part.run();
        } catch (RuntimeException e) {
            System.out.println("[bench] " + name + " failed: " + e);
            e.printStackTrace(System.out);
            report.notMeasured(name, e);
        }
    }

    private void describeMachine() {
        report.machine(
                "Date",
                ZonedDateTime.now()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                        .replaceAll("\\.\\d+", ""));
        report.machine("Command", "`" + COMMAND + "`" + (quick ? " with `-Dbench.quick=true`" : ""));
        report.machine(
                "CPU",
                firstValue(Path.of("/proc/cpuinfo"), "model name") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM");
        report.machine("Memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        report.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.machine(
                "JDK",
                System.getProperty("java.vm.vendor") + " " + Runtime.version()
                        + " (the jar runs on the same JDK, default heap and GC)");
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Waits (at most five minutes) until the one-minute load average falls below {@link #QUIET_LOAD}: the build
     * that just ran, or a test run that just ended, would otherwise weigh on the first figures. Returns the load
     * the run starts at; above the limit the report is marked preliminary.
     */
    private static double awaitQuietMachine() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        double load = loadAverage();
        while (!(load < QUIET_LOAD) && System.nanoTime() < deadline) {
            System.out.printf(Locale.ROOT, "[bench] load average %.2f: waiting for a quiet machine%n", load);
            try {
                Thread.sleep(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            load = loadAverage();
        }
        return load;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
