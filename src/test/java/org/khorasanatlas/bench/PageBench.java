package org.khorasanatlas.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.khorasanatlas.bench.BenchData.Dataset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;

/**
 * Times one page (the dashboard, or the plain-Leaflet baseline) on one data set in headless Chromium: opening it
 * until the map is interactive, year changes until map and panel are redrawn, a playback through every year,
 * and frame times while the map pans and zooms. All timing happens in the page ({@code performance.now()},
 * event time stamps, animation frames), so Playwright's own round trips are not counted.
 */
final class PageBench {

    /** The pages: what differs is only where they live and how a person picks a year on them. */
    enum Kind {
        ATLAS("Khorasan Atlas (Vaadin)", "/"),
        BASELINE("plain Leaflet baseline", "/baseline/index.html"),
        /**
         * The baseline reading the attacks as a file beside it instead of from /api/events: no server logic at all.
         * Only opened (on the shipped data): once loaded, it is the baseline.
         */
        STATIC_BASELINE("plain Leaflet baseline, static files", "/baseline/index.html?attacks=file");

        /** The pages every data set and measurement compares. */
        static final List<Kind> COMPARED = List.of(ATLAS, BASELINE);

        final String title;
        private final String path;

        Kind(String title, String path) {
            this.title = title;
            this.path = path;
        }

        String path() {
            return path;
        }

        /** Picks a year, or all years with null: the change that starts the timing. Both pages use a native select. */
        void pickYear(Page page, Integer year) {
            String label = year == null ? "All years" : String.valueOf(year);
            if (this == ATLAS) {
                page.selectOption("#year-select select", new SelectOption().setLabel(label));
            } else {
                page.selectOption("#year", year == null ? "" : label);
            }
        }
    }

    /** How much to repeat; big data sets get fewer runs and longer timeouts. */
    record Plan(int warmUpOpens, int opens, int sweeps, int panZoomRuns, double timeoutMs) {}

    record Result(
            Kind kind,
            Dataset data,
            Samples open,
            Samples openBytes,
            Samples yearChange,
            Samples playback,
            Samples playbackSteps,
            Samples frames,
            Samples changeWireBytes,
            Samples changeJsonBytes,
            List<String> problems) {}

    /**
     * Marks the first frame in which the map is on screen with its base map and markers (or cluster bubbles) drawn.
     * On screen: a map drawn in a hidden container (as Vaadin's eager server load does until the server confirms the
     * navigation) has its markers too, but nobody sees them.
     */
    private static final String INTERACTIVE_PROBE = """
            window.__bench = {};
            (() => {
              const ready = () => { const map = document.querySelector('[data-points]');
                return map && map.offsetHeight > 0 && map.dataset.baseReady === 'true'
                    && map.querySelector('.leaflet-marker-icon') !== null; };
              const tick = () => ready()
                  ? setTimeout(() => { window.__bench.interactive = performance.now(); }, 0)
                  : requestAnimationFrame(tick);
              requestAnimationFrame(tick);
            })();""";

    /**
     * Arms a probe for the next change: it starts at the time stamp of the next click or change event (the
     * person's choice; the dashboard's select is already open) and ends after the frame that follows the map's
     * next {@code data-points} update (both pages write it last when they redraw; the dashboard's panel arrives in
     * the same server response). Points shown are the markers plus the attacks counted in the server's bubbles.
     */
    private static final String ARM_CHANGE = """
            timeoutMs => {
              const map = document.querySelector('[data-points]');
              window.__benchChange = new Promise((resolve, reject) => {
                let start = null;
                const input = e => { if (start === null) start = e.timeStamp; };
                const stop = () => { window.removeEventListener('click', input, true);
                  window.removeEventListener('change', input, true); observer.disconnect(); clearTimeout(timer); };
                window.addEventListener('click', input, true);
                window.addEventListener('change', input, true);
                const observer = new MutationObserver(() => { stop();
                  requestAnimationFrame(() => setTimeout(() => resolve({ start, end: performance.now(),
                      points: Number(map.dataset.points) + Number(map.dataset.clustered ?? 0) }), 0)); });
                observer.observe(map, { attributes: true, attributeFilter: ['data-points'] });
                const timer = setTimeout(() => { stop(); reject(new Error('not redrawn within ' + timeoutMs + ' ms')); },
                    timeoutMs);
              });
            }""";

    /** The dashboard's playback speed by default; the baseline steps at the same pace. */
    static final int PLAYBACK_INTERVAL_MS = 1000;

    /**
     * Watches the dashboard's playback: for each redraw, the start of the latest server request before it (the
     * poll that asked for the step, or the click on Play) and the frame after it.
     */
    private static final String ARM_PLAYBACK = """
            ({ steps, timeoutMs }) => {
              const map = document.querySelector('[data-points]');
              performance.setResourceTimingBufferSize(100000);
              performance.clearResourceTimings();
              window.__benchPlayback = new Promise((resolve, reject) => {
                const redraws = [];
                const observer = new MutationObserver(() => {
                  const changed = performance.now(), points = Number(map.dataset.points) + Number(map.dataset.clustered ?? 0);
                  requestAnimationFrame(() => setTimeout(() => {
                    redraws.push({ changed, end: performance.now(), points });
                    if (redraws.length === steps) { observer.disconnect(); clearTimeout(timer); finish(); }
                  }, 0));
                });
                observer.observe(map, { attributes: true, attributeFilter: ['data-points'] });
                const finish = () => {
                  const requests = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
                      .map(e => e.startTime);
                  const started = redraws.map(r => Math.max(...requests.filter(t => t <= r.changed)));
                  resolve({ steps: redraws.map((r, i) => r.end - started[i]), total: redraws[steps - 1].end - started[0],
                      points: redraws.map(r => r.points) });
                };
                const timer = setTimeout(() => { observer.disconnect();
                  reject(new Error('playback drew ' + redraws.length + ' of ' + steps + ' steps in ' + timeoutMs + ' ms')); },
                  timeoutMs);
              });
            }""";

    /** The baseline's playback: each year chosen in turn, one interval apart, each timed to the frame after. */
    private static final String BASELINE_PLAYBACK = """
            async ({ years, intervalMs }) => {
              const select = document.getElementById('year'), map = document.querySelector('[data-points]');
              const steps = [], points = []; let first = null, end = null;
              for (const year of years) {
                const start = performance.now(); first = first ?? start;
                select.value = String(year);
                select.dispatchEvent(new Event('change'));
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                end = performance.now();
                steps.push(end - start); points.push(Number(map.dataset.points) + Number(map.dataset.clustered ?? 0));
                if (year !== years[years.length - 1]) {
                  await new Promise(r => setTimeout(r, Math.max(0, intervalMs - (end - start))));
                }
              }
              return { steps, total: end - first, points };
            }""";

    /**
     * Quiet for 150 ms: no animation running and, on the dashboard, no server request open. After a move the map
     * asks the server for what the new view shows (a request starts just after the move ends), and that answer
     * must not be taken for the next change's.
     */
    /** Every table on the page has drawn its first rows. */
    private static final String TABLES_DRAWN = """
            () => [...document.querySelectorAll('atlas-row-table')]
                .every(table => !table.hasAttribute('aria-busy') && table.querySelector('tbody tr'))""";

    private static final String SETTLED = """
            () => {
              const quiet = !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')
                  && Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => !client.isActive?.());
              const now = performance.now();
              if (!quiet) { window.__benchQuietSince = null; return false; }
              window.__benchQuietSince = window.__benchQuietSince ?? now;
              return now - window.__benchQuietSince >= 150;
            }""";

    /** Pans six times and zooms in and out twice through Leaflet's API, recording every frame's duration. */
    private static final String PAN_ZOOM = """
            async timeoutMs => {
              const map = document.querySelector('[data-points]').leafletMap;
              const frames = []; let last = null, running = true;
              const loop = t => { if (last !== null) frames.push(t - last); last = t;
                if (running) requestAnimationFrame(loop); };
              requestAnimationFrame(loop);
              const moved = () => new Promise(resolve => map.once('moveend', resolve));
              const script = async () => {
                for (const [dx, dy] of [[300, 0], [0, 200], [-300, 0], [0, -200], [250, 150], [-250, -150]]) {
                  const done = moved(); map.panBy([dx, dy], { animate: true, duration: 0.25 }); await done;
                }
                for (const dz of [1, 1, -1, -1]) {
                  const done = moved(); map.setZoom(map.getZoom() + dz); await done;
                }
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              };
              try {
                await Promise.race([script(), new Promise((_, reject) =>
                    setTimeout(() => reject(new Error('pan and zoom took over ' + timeoutMs + ' ms')), timeoutMs))]);
              } finally { running = false; }
              return frames;
            }""";

    private final Browser browser;
    private final URI app;

    PageBench(Browser browser, URI app) {
        this.browser = browser;
        this.app = app;
    }

    Result run(Kind kind, Dataset data, Plan plan) {
        System.out.printf("[bench] %s, %s attacks%n", kind.title, data.label());
        Measures measures = new Measures();
        BrowserContext context = null;
        try {
            context = opens(kind, plan, measures);
            if (context == null || kind == Kind.STATIC_BASELINE) {
                return measures.result(kind, data);
            }
            Page page = context.pages().getFirst();
            List<Integer> sweep = new ArrayList<>(data.perYear().keySet());
            sweep.add(null);
            phase(measures, "year change", () -> yearChanges(kind, page, data, plan, sweep, measures));
            phase(measures, "playback", () -> playback(kind, page, data, plan, sweep, measures));
            phase(measures, "pan and zoom", () -> panZoom(page, data, plan, measures));
        } finally {
            if (context != null) {
                context.close();
            }
        }
        return measures.result(kind, data);
    }

    /** What one page measured so far; a phase that fails leaves its figures empty and says why. */
    private static final class Measures {
        Samples open = Samples.NONE;
        Samples openBytes = Samples.NONE;
        Samples change = Samples.NONE;
        Samples playback = Samples.NONE;
        Samples playbackSteps = Samples.NONE;
        Samples frames = Samples.NONE;
        Samples wire = Samples.NONE;
        Samples json = Samples.NONE;
        final List<String> problems = new CopyOnWriteArrayList<>();

        Result result(Kind kind, Dataset data) {
            return new Result(
                    kind, data, open, openBytes, change, playback, playbackSteps, frames, wire, json, problems);
        }
    }

    private static void phase(Measures measures, String name, Runnable phase) {
        try {
            phase.run();
        } catch (PlaywrightException | IllegalStateException e) {
            measures.problems.add(name + ": " + firstLine(e));
            System.out.println("[bench] " + name + " failed: " + firstLine(e));
        }
    }

    /** Opens the page in a fresh context (empty cache, no session) per run, as a first visit; keeps the last. */
    private BrowserContext opens(Kind kind, Plan plan, Measures measures) {
        String url = app.resolve(kind.path()).toString();
        BrowserContext context = null;
        for (int run = 0; run < plan.warmUpOpens() + plan.opens(); run++) {
            if (context != null) {
                context.close();
            }
            context = newContext(measures.problems, plan.timeoutMs());
            Page page = context.newPage();
            List<Response> responses = new CopyOnWriteArrayList<>();
            page.onResponse(responses::add);
            try {
                double ms = openPage(page, url, plan.timeoutMs());
                if (run >= plan.warmUpOpens()) {
                    measures.open = measures.open.plus(ms);
                    if (measures.openBytes.isEmpty()) {
                        measures.openBytes = measures.openBytes.plus(wireBytes(responses));
                    }
                }
            } catch (PlaywrightException e) {
                measures.problems.add("open: " + firstLine(e));
                measures.open = measures.open.failed();
                context.close();
                return null;
            }
        }
        return context;
    }

    /** Every year and back to all years, one change at a time on a settled map; the first sweep warms up. */
    private static void yearChanges(
            Kind kind, Page page, Dataset data, Plan plan, List<Integer> sweep, Measures measures) {
        List<Response> uidl = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                uidl.add(response);
            }
        });
        for (int round = 0; round <= plan.sweeps(); round++) {
            for (Integer year : sweep) {
                uidl.clear();
                try {
                    double ms = change(kind, page, year, data, plan.timeoutMs());
                    settle(page, plan);
                    if (round > 0) {
                        measures.change = measures.change.plus(ms);
                        if (kind == Kind.ATLAS) {
                            measures.wire = measures.wire.plus(wireBytes(uidl));
                            jsonBytes(uidl).ifPresent(bytes -> measures.json = measures.json.plus(bytes));
                        }
                    }
                } catch (RuntimeException e) {
                    measures.change = measures.change.failed();
                    throw e;
                }
            }
        }
    }

    /**
     * Playback through every year, once per sweep, from all years. The dashboard: its Play button, whose steps
     * the browser asks for by polling (one second apart); each step is timed from its request to the frame after
     * the redraw. The baseline: the same steps one second apart in the page, each timed from the change to the
     * frame after the redraw. Total: from the first step's start to the last step drawn.
     */
    private static void playback(
            Kind kind, Page page, Dataset data, Plan plan, List<Integer> sweep, Measures measures) {
        List<Integer> years = sweep.stream().filter(year -> year != null).toList();
        for (int round = 0; round < Math.max(1, plan.sweeps()); round++) {
            settle(page, plan);
            Map<?, ?> result;
            try {
                if (kind == Kind.ATLAS) {
                    page.evaluate(ARM_PLAYBACK, Map.of("steps", years.size(), "timeoutMs", plan.timeoutMs()));
                    page.locator("#playback-toggle").click();
                    result = (Map<?, ?>) page.evaluate("() => window.__benchPlayback");
                } else {
                    result = (Map<?, ?>) page.evaluate(
                            BASELINE_PLAYBACK, Map.of("years", years, "intervalMs", PLAYBACK_INTERVAL_MS));
                }
            } catch (RuntimeException e) {
                measures.playback = measures.playback.failed();
                throw e;
            }
            List<Integer> shown = ((List<?>) result.get("points"))
                    .stream().map(p -> ((Number) p).intValue()).toList();
            List<Integer> expected = years.stream().map(data::count).toList();
            if (!shown.equals(expected)) {
                throw new IllegalStateException("playback showed " + shown + " points per step, expected " + expected);
            }
            for (Object step : (List<?>) result.get("steps")) {
                measures.playbackSteps = measures.playbackSteps.plus(((Number) step).doubleValue());
            }
            measures.playback = measures.playback.plus(((Number) result.get("total")).doubleValue());
            // Back to all years for the next round and for panning.
            change(kind, page, null, data, plan.timeoutMs());
        }
    }

    /** Pan and zoom over all attacks (every sweep ends on all years). */
    private static void panZoom(Page page, Dataset data, Plan plan, Measures measures) {
        List<Double> frames = new ArrayList<>();
        for (int run = 0; run < plan.panZoomRuns(); run++) {
            settle(page, plan);
            Object shown = page.evaluate("() => { const map = document.querySelector('[data-points]');"
                    + " return String(Number(map.dataset.points) + Number(map.dataset.clustered ?? 0)); }");
            if (!String.valueOf(data.size()).equals(shown)) {
                throw new IllegalStateException(
                        "pan and zoom need all " + data.size() + " attacks shown, not " + shown);
            }
            for (Object frame : (List<?>) page.evaluate(PAN_ZOOM, plan.timeoutMs())) {
                frames.add(((Number) frame).doubleValue());
            }
        }
        measures.frames = Samples.of(frames);
    }

    private static void settle(Page page, Plan plan) {
        settle(page, plan.timeoutMs());
    }

    private static void settle(Page page, double timeoutMs) {
        page.evaluate("() => { window.__benchQuietSince = null; }");
        page.waitForFunction(SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    /** A new tab (in its own context, so its own session) with the page open and its map interactive. */
    BrowserContext openTab(String path, double timeoutMs) {
        BrowserContext context = newContext(new CopyOnWriteArrayList<>(), timeoutMs);
        try {
            Page page = context.newPage();
            openPage(page, app.resolve(path).toString(), timeoutMs);
            // Open means done loading: the tables fetch their first rows after the map is drawn.
            page.waitForFunction(TABLES_DRAWN, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Milliseconds to an interactive map on a first visit to {@code path}: a fresh context, closed after. */
    double firstVisit(String path, double timeoutMs) {
        BrowserContext context = newContext(new CopyOnWriteArrayList<>(), timeoutMs);
        try {
            return openPage(context.newPage(), app.resolve(path).toString(), timeoutMs);
        } finally {
            context.close();
        }
    }

    /** The same-origin addresses a first visit to {@code path} asks for, in order, the page itself first. */
    List<URI> requestsOfFirstVisit(String path, double timeoutMs) {
        BrowserContext context = newContext(new CopyOnWriteArrayList<>(), timeoutMs);
        try {
            Page page = context.newPage();
            List<URI> requests = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                URI uri = URI.create(request.url());
                if (uri.getAuthority().equals(app.getAuthority())) {
                    requests.add(uri);
                }
            });
            openPage(page, app.resolve(path).toString(), timeoutMs);
            return List.copyOf(requests);
        } finally {
            context.close();
        }
    }

    private BrowserContext newContext(List<String> problems, double timeoutMs) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
        context.setDefaultTimeout(timeoutMs);
        context.addInitScript(INTERACTIVE_PROBE);
        context.onPage(page -> page.onPageError(
                error -> problems.add("page error: " + error.lines().findFirst().orElse(""))));
        return context;
    }

    /** Milliseconds from navigation start to the first frame with base map and markers. */
    private static double openPage(Page page, String url, double timeoutMs) {
        page.navigate(url, new Page.NavigateOptions().setTimeout(timeoutMs));
        page.waitForFunction(
                "() => window.__bench.interactive !== undefined",
                null,
                new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
        return ((Number) page.evaluate("() => window.__bench.interactive")).doubleValue();
    }

    /** Milliseconds from the person's input to the frame after the redraw; checks the right points are shown. */
    private static double change(Kind kind, Page page, Integer year, Dataset data, double timeoutMs) {
        settle(page, timeoutMs);
        page.evaluate(ARM_CHANGE, timeoutMs);
        kind.pickYear(page, year);
        Map<?, ?> result = (Map<?, ?>) page.evaluate("() => window.__benchChange");
        int expected = data.count(year);
        int shown = ((Number) result.get("points")).intValue();
        if (shown != expected) {
            throw new IllegalStateException("after choosing " + (year == null ? "all years" : year) + " the map shows "
                    + shown + " points, expected " + expected);
        }
        if (result.get("start") == null) {
            throw new IllegalStateException("no input event seen for " + year);
        }
        return ((Number) result.get("end")).doubleValue() - ((Number) result.get("start")).doubleValue();
    }

    /**
     * The JSON the server sent, uncompressed; empty when Chromium no longer holds a body (it drops big ones from
     * its inspector cache, which happens from about 100k attacks).
     */
    private static OptionalLong jsonBytes(List<Response> responses) {
        long total = 0;
        for (Response response : responses) {
            try {
                total += response.body().length;
            } catch (PlaywrightException evicted) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total);
    }

    /** Bytes on the wire (compressed bodies and headers) of these responses. */
    private static double wireBytes(List<Response> responses) {
        long total = 0;
        for (Response response : responses) {
            try {
                var sizes = response.request().sizes();
                total += sizes.responseBodySize + sizes.responseHeadersSize;
            } catch (PlaywrightException gone) {
                // a response of a page already closed: nothing to count
            }
        }
        return total;
    }

    /** The gist of an error: Playwright's "Error { message='...'" reduced to the message's first line. */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int quoted = message.indexOf("message='");
        String gist = quoted < 0 ? message : message.substring(quoted + "message='".length());
        return gist.lines().findFirst().orElse("").strip();
    }
}
