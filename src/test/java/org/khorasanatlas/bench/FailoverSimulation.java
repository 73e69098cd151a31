package org.khorasanatlas.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.khorasanatlas.e2e.RunningApp;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The failover test ({@code ./mvnw -Pfailover verify}): two app processes behind HAProxy with the shipped
 * {@code deploy/haproxy.cfg} (cookie stickiness), the load test's simulated tabs changing years through the proxy, and
 * one replica stopped gracefully (SIGTERM) mid-run. The tabs on the survivor must see no error; the tabs on the
 * stopped replica get "session expired" from the survivor and, as Vaadin's client does, reload the page from their URL
 * ({@code ?year=N}), which must show the same view. Writes the "Failover" section of docs/benchmarks.md. Options:
 * {@code -Dfailover.sessions=20}, {@code -Dfailover.duration=90s}, {@code -Dfailover.stopAfter=45s}.
 */
public class FailoverSimulation extends Simulation {

    private static final String READER = "reader";
    private static final String YEAR = "year";
    private static final String QUERY = "query";
    private static final String REPLICA = "replica";
    private static final String MILLIS = "ms";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String STOPPED = "app1";
    private static final String SURVIVOR = "app2";

    private final int sessions = Integer.getInteger("failover.sessions", 20);
    private final Duration duration =
            LoadPlan.parseDuration("failover.duration", System.getProperty("failover.duration", "90s"));
    private final Duration stopAfter =
            LoadPlan.parseDuration("failover.stopAfter", System.getProperty("failover.stopAfter", "45s"));
    private final FailoverStats stats = new FailoverStats();
    private final RunningApp app1;
    private final RunningApp app2;
    private final Process haproxy;
    private final YearTexts texts;
    /** When the simulation began (set in {@link #before()}: the replicas take a while to start). */
    private volatile long started;

    private final ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor();
    private final String startedAt = ZonedDateTime.now()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
            .replaceAll("\\.\\d+", "");

    /** What Gatling's immutable session cannot hold: the tab, the replica serving it, and whether it expired. */
    private static final class Reader {
        DashboardTab tab;
        String replica = "unknown";
        boolean expired;

        Reader(DashboardTab tab) {
            this.tab = tab;
        }
    }

    public FailoverSimulation() {
        Path work = RunningApp.targetDir().resolve("failover");
        // Both replicas start at once, as they would in a deployment.
        CompletableFuture<RunningApp> second = CompletableFuture.supplyAsync(() -> RunningApp.start(
                "failover-" + SURVIVOR, List.of(), RunningApp.findJar(), List.of(), Duration.ofMinutes(3)));
        app1 = RunningApp.start(
                "failover-" + STOPPED, List.of(), RunningApp.findJar(), List.of(), Duration.ofMinutes(3));
        app2 = second.join();
        try {
            int port = freePort();
            haproxy = startHaproxy(work, port);
            URI proxy = URI.create("http://127.0.0.1:" + port);
            texts = YearTexts.fromSummary(awaitOk(proxy.resolve("/api/summary")));
            setUp(scenario("failover")
                            .exec(session -> session.set(READER, new Reader(new DashboardTab(texts))))
                            .exec(open(false))
                            .asLongAs(session -> running())
                            .on(pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                                    .exec(session -> session.set(
                                            YEAR, reader(session).tab.pickYear(ThreadLocalRandom.current())))
                                    .doIf(session -> !reader(session).expired)
                                    .then(exec(request(
                                                    "year change",
                                                    true,
                                                    post(
                                                            "year change",
                                                            session -> reader(session)
                                                                    .tab
                                                                    .chooseYearMessage(session.getInt(YEAR))),
                                                    (session, body) -> reader(session)
                                                            .tab
                                                            .readYearChange(body, session.getInt(YEAR))))
                                            .exec(tables()))
                                    .doIf(session -> reader(session).expired)
                                    .then(reload()))
                            .exec(uidl("close tab", DashboardTab::unloadMessage, (tab, body) -> {}))
                            .injectOpen(rampUsers(sessions).during(Duration.ofSeconds(15))))
                    .protocols(http.baseUrl(proxy.toString())
                            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) KhorasanAtlasFailoverTest Gatling")
                            .acceptLanguageHeader("en")
                            .acceptEncodingHeader("gzip, deflate"))
                    .maxDuration(duration.plusMinutes(2));
        } catch (RuntimeException | Error e) {
            stopAll();
            throw e;
        }
    }

    private boolean running() {
        return System.nanoTime() - started < duration.toNanos();
    }

    /** The page, the bootstrap and the navigation, at {@code /} or, after an expired session, at its URL. */
    private ChainBuilder open(boolean fromUrl) {
        return exec(request(
                        fromUrl ? "reload page" : "open page",
                        false,
                        http(fromUrl ? "reload page" : "open page").get(session -> "/" + query(session, "?")),
                        (session, body) -> {}))
                .exec(session -> {
                    if (!fromUrl) {
                        stats.sessionOpened(reader(session).replica);
                    }
                    return session;
                })
                .exec(request(
                        "init",
                        false,
                        http("init").get(session -> DashboardTab.initPath(query(session, ""))),
                        (session, body) -> reader(session).tab.readInit(body)))
                .exec(request(
                        "navigate",
                        false,
                        post("navigate", session -> reader(session).tab.navigateMessage(query(session, ""))),
                        (session, body) -> {
                            if (session.contains(QUERY)
                                    && !session.getString(QUERY).isEmpty()) {
                                reader(session).tab.readNavigationTo(body, session.getInt(YEAR + "Shown"));
                            } else {
                                reader(session).tab.readNavigation(body);
                            }
                        }))
                .exec(tables());
    }

    /** A tab whose replica is gone reloads from its URL, which holds the year it showed (or nothing: all years). */
    private ChainBuilder reload() {
        return exec(session -> {
                    Reader reader = reader(session);
                    stats.sessionExpired();
                    reader.expired = false;
                    Integer shown = reader.tab.shownYear().orElse(null);
                    reader.tab = new DashboardTab(texts);
                    return shown == null
                            ? session.set(QUERY, "")
                            : session.set(QUERY, "year=" + shown).set(YEAR + "Shown", shown);
                })
                .exec(open(true))
                .exec(session -> {
                    stats.sessionRecovered();
                    return session.set(QUERY, "");
                });
    }

    private static String query(Session session, String prefix) {
        String query = session.contains(QUERY) ? session.getString(QUERY) : "";
        return query.isEmpty() ? "" : prefix + query;
    }

    private ChainBuilder tables() {
        return asLongAs(session -> reader(session).tab.tableFetchPending() && !reader(session).expired)
                .on(request(
                        "table page",
                        false,
                        http("table page").get(session -> reader(session).tab.tableFetchPath()),
                        (session, body) -> DashboardTab.readTablePage(body)));
    }

    private ChainBuilder uidl(
            String name, Function<DashboardTab, String> message, BiConsumer<DashboardTab, String> readerOfAnswer) {
        return request(
                name,
                false,
                post(name, session -> message.apply(reader(session).tab)),
                (session, body) -> readerOfAnswer.accept(reader(session).tab, body));
    }

    private static HttpRequestActionBuilder post(String name, Function<Session, String> message) {
        return http(name)
                .post(session -> reader(session).tab.uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(message::apply));
    }

    /**
     * One request, its answer checked; the replica that answered is read from HAProxy's cookie. "Session expired"
     * after the stop is what Vaadin's client answers with a reload, so it is no error here; anything else is.
     */
    private ChainBuilder request(
            String name, boolean yearChange, HttpRequestActionBuilder request, BiConsumer<Session, String> check) {
        HttpRequestActionBuilder checked = request.requestTimeout(TIMEOUT)
                .check(
                        status().is(200),
                        responseTimeInMillis().saveAs(MILLIS),
                        headerRegex("Set-Cookie", "ATLAS_REPLICA=([^;]+)")
                                .optional()
                                .saveAs(REPLICA),
                        bodyString().validate("a sound answer", (body, session) -> {
                            try {
                                check.accept(session, body);
                            } catch (IllegalStateException e) {
                                if (e.getMessage() != null
                                        && e.getMessage().startsWith("Session expired")
                                        && stats.period() == FailoverStats.Period.AFTER) {
                                    reader(session).expired = true;
                                    return body;
                                }
                                reader(session).tab.noteProblem(e.getMessage());
                                throw e;
                            }
                            return body;
                        }));
        return exec(checked)
                .exec(session -> {
                    Reader reader = reader(session);
                    if (session.contains(REPLICA)) {
                        reader.replica = session.getString(REPLICA);
                    }
                    if (session.isFailed()) {
                        stats.error(
                                reader.replica,
                                name + ": "
                                        + reader.tab
                                                .takeProblem()
                                                .orElse(
                                                        "no sound answer (HTTP status, timeout or connection; see Gatling's log)"));
                    } else if (yearChange && !reader.expired) {
                        stats.yearChanged(reader.replica, session.getLong(MILLIS));
                    }
                    return session;
                })
                .exitHereIfFailed();
    }

    private static Reader reader(Session session) {
        return session.get(READER);
    }

    @Override
    public void before() {
        started = System.nanoTime();
        stopper.schedule(
                () -> {
                    System.out.println("[failover] stopping " + STOPPED + " (SIGTERM, graceful)");
                    stats.replicaStopped();
                    app1.stop(Duration.ofSeconds(20));
                },
                stopAfter.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void after() {
        stopper.shutdownNow();
        try {
            String section = "## Failover: two replicas behind HAProxy\n\nGenerated by `./mvnw -Pfailover verify` "
                    + "(see docs/deployment.md); rerun it rather than edit this section. " + startedAt + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores shared by both replicas, HAProxy and the "
                    + "load generator. Two production jars behind HAProxy with `deploy/haproxy.cfg` (cookie "
                    + "stickiness), " + sessions
                    + " simulated tabs (the load test's: page, bootstrap, navigation, then "
                    + "a year change every 2–5 s) over " + duration.toSeconds() + " s; " + STOPPED
                    + " stopped with SIGTERM (graceful shutdown) after " + stopAfter.toSeconds() + " s.\n\n"
                    + stats.markdown(STOPPED, SURVIVOR) + "\nVerdict: " + verdict() + "\n";
            Path file = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                    .resolve("docs/benchmarks.md");
            String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Files.writeString(file, LoadReport.replaceFailoverSection(document, section), StandardCharsets.UTF_8);
            System.out.println("[failover] " + verdict() + "; report written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stopAll();
        }
        if (stats.errors() > 0 || stats.expired() == 0 || stats.recovered() != stats.expired()) {
            throw new IllegalStateException("Failover test failed: " + verdict());
        }
    }

    private String verdict() {
        if (stats.errors() == 0 && stats.expired() > 0 && stats.recovered() == stats.expired()) {
            return "passed (no error on either replica; every tab of the stopped replica reloaded into its view)";
        }
        return "FAILED (" + stats.errors() + " errors; " + stats.expired() + " sessions expired, " + stats.recovered()
                + " recovered)";
    }

    private Process startHaproxy(Path work, int port) {
        try {
            Files.createDirectories(work);
            String config = Files.readString(RunningApp.targetDir().getParent().resolve("deploy/haproxy.cfg"))
                    .replace("bind :8080", "bind 127.0.0.1:" + port)
                    .replace("app1:8080", "127.0.0.1:" + app1.baseUri().getPort())
                    .replace("app2:8080", "127.0.0.1:" + app2.baseUri().getPort());
            Path file = work.resolve("haproxy.cfg");
            Files.writeString(file, config);
            String binary = System.getProperty("failover.haproxy", "haproxy");
            System.out.println("[failover] starting " + binary + " on port " + port);
            return new ProcessBuilder(binary, "-db", "-f", file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("haproxy.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy (Debian: apt-get install haproxy)", e);
        }
    }

    private void stopAll() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        app1.close();
        app2.close();
    }

    private static String awaitOk(URI uri) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return response.body();
                    }
                } catch (IOException notYet) {
                    // HAProxy not listening yet, or its first health checks not done
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("HAProxy did not answer 200 on " + uri);
                }
                // Polling a starting proxy: nothing to wait on but time.
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for HAProxy", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
