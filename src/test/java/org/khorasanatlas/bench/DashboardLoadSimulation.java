package org.khorasanatlas.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.khorasanatlas.e2e.RunningApp;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The load and soak test of issue 5, run by Gatling's Maven plugin ({@code ./mvnw -Pload verify}, never in the
 * normal build). It starts the production jar on a free loopback port, runs the step-up (25, 50, 100… concurrent
 * sessions changing years, stopping at the first step that misses p95 ≤ 300 ms or has an error), then the soak
 * (200 sessions, heap after full GC sampled every minute), writes the "Load and soak" section of
 * docs/benchmarks.md and stops the jar, also when anything fails (the jar's shutdown hook covers a crash of
 * this JVM). Bounded by {@link LoadPlan#maxDuration()}. Options: see {@link LoadPlan}, and
 * {@code -Dload.report=PATH}.
 */
public class DashboardLoadSimulation extends Simulation {

    static final String COMMAND = "./mvnw -Pload verify";
    private static final String TAB = "tab";
    private static final String YEAR = "year";
    private static final String MILLIS = "ms";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LoadPlan plan = LoadPlan.from(System.getProperties());
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final RunningApp app;
    private final YearTexts texts;
    private final List<LoadPhase> steps = new ArrayList<>();
    private final LoadPhase soak;
    private final List<Long> heapPerMinute = new ArrayList<>();
    /** Touched by the sampler's one thread only. */
    private long lastHeapSample = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

    private final ScheduledExecutorService heapSampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "load-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public DashboardLoadSimulation() {
        describeMachine();
        // The step-up measures what the server can carry, so the cap on live sessions (sessions of finished steps
        // live on for the session timeout) is lifted; the heap limit and the busy page stay as shipped.
        app = RunningApp.start(
                "load-app",
                List.of(),
                RunningApp.findJar(),
                List.of("--atlas.sessions.max-live=1000000"),
                Duration.ofMinutes(3));
        try {
            texts = YearTexts.fromSummary(get(app.baseUri().resolve("/api/summary")));
            for (int sessions : plan.steps()) {
                steps.add(new LoadPhase(
                        sessions + " sessions", sessions, plan.stepRamp(), plan.stepHold(), System::nanoTime));
            }
            soak = new LoadPhase("soak", plan.soakSessions(), plan.soakRamp(), plan.soak(), System::nanoTime);
            // A fresh JVM answers slowly until the JIT has compiled the request path: warm it up unmeasured.
            LoadPhase warmUp = new LoadPhase(
                    "warm-up", plan.steps().getFirst(), plan.stepRamp(), plan.stepHold(), System::nanoTime);
            PopulationBuilder run = population(warmUp, () -> false).andThen(population(steps.getFirst(), () -> false));
            for (int i = 1; i < steps.size(); i++) {
                List<LoadPhase> before = steps.subList(0, i);
                run = run.andThen(population(
                        steps.get(i),
                        () -> before.stream().anyMatch(step -> !step.result().met())));
            }
            run = run.andThen(population(soak, () -> false));
            setUp(run)
                    .protocols(http.baseUrl(app.baseUri().toString())
                            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) KhorasanAtlasLoadTest Gatling")
                            .acceptLanguageHeader("en")
                            .acceptEncodingHeader("gzip, deflate"))
                    .maxDuration(plan.maxDuration());
            System.out.printf(
                    "[load] %s; at most %d s%n", plan, plan.maxDuration().toSeconds());
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /** The phase's sessions, ramped in; {@code skip} is asked as each session starts. */
    private PopulationBuilder population(LoadPhase phase, BooleanSupplier skip) {
        ChainBuilder tables = asLongAs(session -> tab(session).tableFetchPending())
                .on(request(
                        phase,
                        "table page",
                        false,
                        http("table page").get(session -> tab(session).tableFetchPath()),
                        (session, body) -> DashboardTab.readTablePage(body)));
        return scenario(phase.name())
                .exitHereIf(session -> skip.getAsBoolean())
                .exec(session -> {
                    phase.begin();
                    return session.set(TAB, new DashboardTab(texts));
                })
                .exec(request(phase, "open page", false, http("open page").get("/"), (session, body) -> {}))
                .exec(request(
                        phase,
                        "init",
                        false,
                        http("init").get(DashboardTab.INIT_PATH),
                        (session, body) -> tab(session).readInit(body)))
                .exec(uidl(phase, "navigate", DashboardTab::navigateMessage, DashboardTab::readNavigation))
                .exec(tables)
                .asLongAs(session -> phase.running())
                .on(pause(plan.thinkMin(), plan.thinkMax())
                        .exec(session -> session.set(YEAR, tab(session).pickYear(ThreadLocalRandom.current())))
                        .exec(request(
                                phase,
                                "year change",
                                true,
                                post("year change", session -> tab(session).chooseYearMessage(session.getInt(YEAR))),
                                (session, body) -> tab(session).readYearChange(body, session.getInt(YEAR))))
                        .exec(tables)
                        .doIf(session -> tab(session).heartbeatDue(System.nanoTime()))
                        .then(request(
                                phase,
                                "heartbeat",
                                false,
                                http("heartbeat").post(session -> tab(session).heartbeatPath()),
                                (session, body) -> {})))
                .exec(uidl(phase, "close tab", DashboardTab::unloadMessage, (tab, body) -> {}))
                .injectOpen(rampUsers(phase.sessions()).during(phase.ramp()));
    }

    /** A UIDL message of the tab, its answer read by {@code reader}. */
    private ChainBuilder uidl(
            LoadPhase phase,
            String name,
            Function<DashboardTab, String> message,
            BiConsumer<DashboardTab, String> reader) {
        return request(
                phase,
                name,
                false,
                post(name, session -> message.apply(tab(session))),
                (session, body) -> reader.accept(tab(session), body));
    }

    private static HttpRequestActionBuilder post(String name, Function<Session, String> message) {
        return http(name)
                .post(session -> tab(session).uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(message::apply));
    }

    /**
     * One request as the browser sends it, its answer checked (200, then {@code check}), and its outcome reported
     * to the phase; a session whose request failed ends there, as a tab showing an error would be useless. A 304 is
     * sound too: Gatling, like a browser, revalidates a page it cached once its max-age has passed, and the body the
     * 304 stands for was checked when it was first fetched.
     */
    private ChainBuilder request(
            LoadPhase phase,
            String name,
            boolean yearChange,
            HttpRequestActionBuilder request,
            BiConsumer<Session, String> check) {
        HttpRequestActionBuilder checked = request.requestTimeout(TIMEOUT)
                .check(status().in(200, 304), responseTimeInMillis().saveAs(MILLIS))
                .checkIf((response, session) -> response.status().code() == 200)
                .then(bodyString().validate("a sound answer", (body, session) -> {
                    try {
                        check.accept(session, body);
                    } catch (RuntimeException e) {
                        tab(session).noteProblem(e.getMessage());
                        throw e;
                    }
                    return body;
                }));
        return exec(checked)
                .exec(session -> {
                    if (session.isFailed()) {
                        phase.failed(
                                name + ": "
                                        + tab(session)
                                                .takeProblem()
                                                .orElse(
                                                        "no sound answer (HTTP status, timeout or connection; see Gatling's log)"));
                    } else {
                        phase.answered(yearChange, session.getLong(MILLIS));
                    }
                    return session;
                })
                .exitHereIfFailed();
    }

    private static DashboardTab tab(Session session) {
        return session.get(TAB);
    }

    @Override
    public void before() {
        ServerBench server = new ServerBench(RunningApp.targetDir().resolve("load"));
        heapSampler.scheduleWithFixedDelay(() -> sampleHeap(server), 1, 1, TimeUnit.SECONDS);
    }

    /** Heap after full GCs: once the soak's sessions are all in, then every minute while it holds them. */
    private void sampleHeap(ServerBench server) {
        long now = System.nanoTime();
        if (soak.measuring() && now - lastHeapSample >= TimeUnit.MINUTES.toNanos(1)) {
            lastHeapSample = now;
            long bytes = server.heapUsedAfterGc(app);
            synchronized (heapPerMinute) {
                heapPerMinute.add(bytes);
            }
            System.out.printf("[load] soak heap after GC: %s%n", BenchReport.bytes(bytes));
        }
    }

    @Override
    public void after() {
        heapSampler.shutdownNow();
        try {
            machine.put(
                    "Load average (1 min)",
                    machine.get("Load average (1 min)") + " at the start, " + LoadReport.loadAverage() + " at the end");
            List<LoadPhase.Result> stepResults =
                    steps.stream().map(LoadPhase::result).toList();
            HeapTrend heap;
            synchronized (heapPerMinute) {
                heap = new HeapTrend(heapPerMinute);
            }
            String section = LoadReport.section(machine, plan, stepResults, soak.result(), heap);
            Path file = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                    .resolve(blankToDefault(System.getProperty("load.report"), "docs/benchmarks.md"));
            String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, LoadReport.replaceSection(document, section), StandardCharsets.UTF_8);
            System.out.println("[load] capacity: " + LoadReport.capacity(stepResults) + "; report written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            app.close();
        }
    }

    private void describeMachine() {
        machine.put(
                "Date",
                ZonedDateTime.now()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                        .replaceAll("\\.\\d+", ""));
        machine.put("Command", "`" + COMMAND + plan.options() + "`");
        machine.put(
                "CPU",
                firstValue(Path.of("/proc/cpuinfo"), "model name") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores (server and load generator share them)");
        machine.put("Memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        machine.put(
                "JDK",
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                        + " (the jar runs on the same JDK, default heap and GC)");
        machine.put("Gatling", blankToDefault(System.getProperty("gatling.version"), ""));
        machine.put("Load average (1 min)", LoadReport.loadAverage());
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

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String get(URI uri) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + uri, e);
        }
    }
}
