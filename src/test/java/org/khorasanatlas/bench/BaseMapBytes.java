package org.khorasanatlas.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.khorasanatlas.bench.PageBench.Kind;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;

/**
 * The base map's bytes over the wire (every response under {@code /geodata/} as Chromium received it, compressed)
 * at first paint and at each zoom step from the region down to a Kabul district, on the dashboard and on the
 * plain-Leaflet baseline, which draws the base map as it was before TopoJSON: the 1:50m countries as one GeoJSON.
 * Each page in a fresh context, so nothing comes from the cache.
 */
final class BaseMapBytes {

    /** Kabul, where the issue asks the map to read down to a neighbourhood. */
    private static final double[] KABUL = {34.53, 69.17};

    static final int FIRST_ZOOM_STEP = 6;
    static final int LAST_ZOOM_STEP = 12;
    /** No base-map request open for this long: the view has all it will fetch. */
    private static final int QUIET_MS = 700;

    /** Bytes fetched at first paint, then at each zoom step ({@link #FIRST_ZOOM_STEP} to {@link #LAST_ZOOM_STEP}). */
    record Fetched(Kind kind, List<Long> bytes) {

        long firstPaint() {
            return bytes.getFirst();
        }

        long total() {
            return bytes.stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Browser browser;
    private final URI baseUri;
    private final double timeoutMs;

    BaseMapBytes(Browser browser, URI baseUri, double timeoutMs) {
        this.browser = browser;
        this.baseUri = baseUri;
        this.timeoutMs = timeoutMs;
    }

    Fetched measure(Kind kind) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(timeoutMs);
        try {
            Page page = context.newPage();
            AtomicLong total = new AtomicLong();
            AtomicInteger open = new AtomicInteger();
            page.onRequest(request -> {
                if (baseMap(request)) {
                    open.incrementAndGet();
                }
            });
            page.onRequestFinished(request -> {
                if (baseMap(request)) {
                    total.addAndGet(Math.max(0, request.sizes().responseBodySize));
                    open.decrementAndGet();
                }
            });
            page.onRequestFailed(request -> {
                if (baseMap(request)) {
                    open.decrementAndGet();
                }
            });
            page.navigate(baseUri.resolve(kind.path()).toString());
            page.waitForSelector("[data-points][data-base-ready=\"true\"]");
            awaitQuiet(page, open);
            List<Long> bytes = new ArrayList<>(List.of(total.get()));
            for (int zoom = FIRST_ZOOM_STEP; zoom <= LAST_ZOOM_STEP; zoom++) {
                long before = total.get();
                // A block, not an expression: setView returns the map, which Playwright would try to copy back.
                page.evaluate(
                        "([lat, lng, zoom]) => { document.querySelector('[data-points]').leafletMap"
                                + ".setView([lat, lng], zoom, { animate: false }); }",
                        List.of(KABUL[0], KABUL[1], zoom));
                awaitQuiet(page, open);
                bytes.add(total.get() - before);
            }
            return new Fetched(kind, bytes);
        } finally {
            context.close();
        }
    }

    private static boolean baseMap(Request request) {
        return URI.create(request.url()).getPath().startsWith("/geodata/");
    }

    /** Waits until no base-map request has been open for {@link #QUIET_MS} (detail files start after a move). */
    private void awaitQuiet(Page page, AtomicInteger open) {
        long deadline = System.nanoTime() + (long) (timeoutMs * 1e6);
        int quietFor = 0;
        while (quietFor < QUIET_MS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        open.get() + " base-map requests still open after " + timeoutMs + " ms");
            }
            // Playwright delivers the request events while the page waits.
            page.waitForTimeout(100);
            quietFor = open.get() > 0 ? 0 : quietFor + 100;
        }
    }
}
