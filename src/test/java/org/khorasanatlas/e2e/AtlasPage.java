package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotScale;
import com.microsoft.playwright.options.SelectOption;

/**
 * One test's browser tab on the running app, in a fresh context. It records what the test should not see:
 * uncaught page errors, console errors and requests to any host but the app's own.
 */
public final class AtlasPage {

    /** Timeouts are generous: the first page of a fresh JVM takes a few seconds. */
    static final double TIMEOUT_MS = 20_000;

    static final Path SCREENSHOTS = RunningApp.targetDir().resolve("e2e-screenshots");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Browser browser;
    private URI baseUri;
    private final String testName;
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> externalRequests = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private Page page;

    AtlasPage(Browser browser, URI baseUri, String testName) {
        this.browser = browser;
        this.baseUri = baseUri;
        this.testName = testName;
        // Assertions wait 5 s by default, not the context's timeout: too short for a first page on a busy machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
    }

    /**
     * Starts over in a browser whose language is this locale, sent as Accept-Language on every request (the page's
     * own too; Playwright's extra headers do not reach the navigation).
     */
    public AtlasPage inBrowserLanguage(String locale) {
        context.close();
        newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale(locale));
        return this;
    }

    /** Starts over in a phone-sized, touch, mobile context (390×844 CSS pixels, like an iPhone 12–15). */
    public AtlasPage asPhone() {
        context.close();
        newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(3)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-GB"));
        return this;
    }

    private void newContext(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(45_000);
        context.onRequest(request -> {
            URI uri = URI.create(request.url());
            String scheme = String.valueOf(uri.getScheme());
            if (scheme.startsWith("http") || scheme.startsWith("ws")) {
                if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost())) {
                    externalRequests.add(request.method() + " " + request.url());
                }
            }
        });
        page = context.newPage();
        page.onPageError(error -> {
            pageErrors.add(error);
            System.out.println("[e2e][" + testName + "] PAGE ERROR: " + error);
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
                System.out.println(
                        "[e2e][" + testName + "] console error: " + message.text() + " at " + message.location());
            }
        });
        page.onRequestFailed(request -> System.out.println("[e2e][" + testName + "] request failed: " + request.method()
                + " " + request.url() + " " + request.failure()));
    }

    /** Opens a path of the app (such as {@code /?year=2021}) and waits until the map has its points. */
    public AtlasPage open(String pathAndQuery) {
        page.navigate(baseUri.resolve(pathAndQuery).toString());
        // Playwright's assertions wait 5 s unless told; a fresh JVM on a busy machine needs longer for its first page.
        assertThat(map())
                .hasAttribute(
                        "data-points",
                        Pattern.compile("\\d+"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS));
        assertThat(page.locator("#totals-attacks")).not().isEmpty();
        // Busy until the markers of the page's filter are drawn (and the map has moved to them): a test that moves
        // the map before would see its move undone.
        assertThat(map()).not().hasAttribute("aria-busy", "true");
        return this;
    }

    public Page page() {
        return page;
    }

    public URI baseUri() {
        return baseUri;
    }

    /** Points this page at another running instance of the app (one started with other data). */
    AtlasPage useApp(URI otherApp) {
        this.baseUri = otherApp;
        return this;
    }

    /** The year the select shows, as a person reads it ("2021", "All years"). */
    public Locator yearShown() {
        return page.locator("#year-select option:checked");
    }

    /** Picks a year (or "All years") in the year select, as a person does. */
    public void chooseYear(String label) {
        page.locator("#year-select select").selectOption(new SelectOption().setLabel(label));
    }

    /**
     * Waits until every point the map holds is on screen, as a dot or counted in a cluster bubble: what a
     * person sees after a single year's attacks have been fitted into view.
     */
    public void awaitAllPointsOnScreen(int expected) {
        assertThat(map()).hasAttribute("data-points", String.valueOf(expected));
        try {
            page.waitForFunction(ALL_POINTS_ON_SCREEN, expected);
        } catch (TimeoutError e) {
            throw new AssertionError(
                    "Not all " + expected + " points are on screen (as dots or in clusters) after " + TIMEOUT_MS / 1000
                            + " s; the map shows " + page.evaluate(MAP_SIGNATURE),
                    e);
        }
    }

    private static final String ALL_POINTS_ON_SCREEN = """
                expected => {
                  const map = document.querySelector('flow-leaflet-map');
                  const box = map.getBoundingClientRect();
                  const inside = e => { const r = e.getBoundingClientRect();
                    const x = r.left + r.width / 2, y = r.top + r.height / 2;
                    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom; };
                  const dots = [...map.querySelectorAll('.flm-point')].filter(inside).length;
                  const clustered = [...map.querySelectorAll('.flm-cluster')].filter(inside)
                      .reduce((sum, c) => sum + Number(c.textContent), 0);
                  return dots + clustered === expected
                      && !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim');
                }""";

    /**
     * Makes an attack's own marker appear: while it sits in a cluster, bring the attack's place to the middle of the
     * map and click the cluster bubble nearest to it (Leaflet zooms in on it), as a person who knows the place would.
     * Centred first, because a bubble at the map's edge may lie under the map's credits or legend.
     */
    public Locator revealMarker(AttackData.Attack attack) {
        // The map fetches its points after the server's answer: until they are in, it says it is busy.
        assertThat(map()).not().hasAttribute("aria-busy", "true");
        int points = Integer.parseInt(map().getAttribute("data-points"));
        awaitAllPointsOnScreen(points);
        for (int attempt = 0; attempt < 8 && marker(attack.id()).count() == 0; attempt++) {
            page.evaluate(
                    "([lat, lng]) => document.querySelector('flow-leaflet-map').leafletMap.panTo([lat, lng],"
                            + " {animate: false})",
                    List.of(attack.lat(), attack.lng()));
            Object before = page.evaluate(MAP_SIGNATURE);
            Object nearest = page.evaluate(NEAREST_CLUSTER, List.of(attack.lat(), attack.lng()));
            if (!(nearest instanceof Number index)) {
                throw new AssertionError("Marker " + attack.id() + " is not shown and no cluster is on screen");
            }
            page.locator("flow-leaflet-map .flm-cluster").nth(index.intValue()).click();
            // Leaflet zooms in with an animation; wait until the markers have moved and stopped moving.
            page.waitForFunction(
                    "before => (" + MAP_SIGNATURE + ")() !== before"
                            + " && !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')",
                    before);
        }
        assertThat(marker(attack.id())).isVisible();
        return marker(attack.id());
    }

    /** The index of the cluster bubble closest on screen to a [lat, lng] position, or null if there is none. */
    private static final String NEAREST_CLUSTER = """
            ([lat, lng]) => {
              const host = document.querySelector('flow-leaflet-map');
              const target = host.leafletMap.latLngToContainerPoint([lat, lng]);
              const origin = host.getBoundingClientRect();
              const clusters = [...host.querySelectorAll('.flm-cluster')];
              let best = null, bestDistance = Infinity;
              clusters.forEach((cluster, index) => {
                const r = cluster.getBoundingClientRect();
                const dx = r.left + r.width / 2 - origin.left - target.x;
                const dy = r.top + r.height / 2 - origin.top - target.y;
                if (dx * dx + dy * dy < bestDistance) { bestDistance = dx * dx + dy * dy; best = index; }
              });
              return best;
            }""";

    /** Where the map's dots and cluster bubbles are on screen, and what the scale bar reads. */
    private static final String MAP_SIGNATURE = """
            () => JSON.stringify([...document.querySelectorAll('flow-leaflet-map .flm-point, flow-leaflet-map .flm-cluster')]
                .map(e => { const r = e.getBoundingClientRect();
                  return e.className + ':' + e.textContent + '@' + Math.round(r.left) + ',' + Math.round(r.top); })
                .concat(document.querySelector('flow-leaflet-map .leaflet-control-scale-line')?.textContent ?? ''))""";

    public Locator map() {
        return page.locator("flow-leaflet-map");
    }

    /** An attack's dot on the map (present only while it is not inside a cluster). */
    public Locator marker(String attackId) {
        return page.locator(".flm-point[data-feature-id=\"" + attackId + "\"]");
    }

    /** The focusable Leaflet marker element (the div icon) that holds an attack's dot. */
    public Locator markerIcon(String attackId) {
        return page.locator(".leaflet-marker-icon").filter(new Locator.FilterOptions().setHas(marker(attackId)));
    }

    /** Removes the screenshots of an earlier run, so the folder shows this run only. */
    static boolean clearScreenshots() {
        try (var files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.delete(file);
            }
        } catch (NoSuchFileException none) {
            // first run: nothing to remove
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Saves a full-viewport screenshot as target/e2e-screenshots/{name}.png for a person to look at. */
    public Path screenshot(String name) {
        return screenshot(name, false);
    }

    /** As {@link #screenshot(String)}, of the whole scrollable page when {@code fullPage}. */
    public Path screenshot(String name, boolean fullPage) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setScale(ScreenshotScale.CSS)
                .setFullPage(fullPage));
        return file;
    }

    public List<String> externalRequests() {
        return Collections.unmodifiableList(externalRequests);
    }

    public List<String> consoleErrors() {
        return Collections.unmodifiableList(consoleErrors);
    }

    List<String> pageErrors() {
        return Collections.unmodifiableList(pageErrors);
    }

    /** Vaadin's "Internal error" / "Session expired" box, which a person would see on a server failure. */
    int systemErrorsShown() {
        return page.isClosed() ? 0 : page.locator(".v-system-error").count();
    }

    String testName() {
        return testName;
    }

    void close() {
        context.close();
    }
}
