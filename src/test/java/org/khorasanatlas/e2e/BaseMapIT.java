package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Page;

/**
 * The offline base map at every zoom: place names and province borders at city zoom, labels that never overlap
 * each other or a marker, and screenshots at zoom 4, 7, 10 and 12 over four cities for a person to look at.
 */
@E2ETest
class BaseMapIT {

    /** Every pair of placed labels, and every label and marker, whose boxes overlap: described, for the message. */
    private static final String OVERLAPS = """
            () => {
              const boxes = (selector) => [...document.querySelectorAll(selector)].map(e => ({
                name: e.textContent || e.className, r: e.getBoundingClientRect() }));
              const labels = boxes('flow-leaflet-map .flm-label-placed');
              const markers = boxes('flow-leaflet-map .leaflet-marker-pane .leaflet-marker-icon, flow-leaflet-map .leaflet-control');
              const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const found = [];
              labels.forEach((a, i) => {
                labels.slice(i + 1).forEach(b => { if (hit(a.r, b.r)) found.push(a.name + ' / ' + b.name); });
                markers.forEach(m => { if (hit(a.r, m.r)) found.push(a.name + ' / marker ' + JSON.stringify(a.r)
                  + ' ' + JSON.stringify(m.r) + ' ' + m.name); });
              });
              return found;
            }""";

    @Test
    void cityZoomOverKabulShowsPlaceNamesAndProvinceBorders(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        showView(atlas, 34.53, 69.17, 10);

        assertThat(page.locator(".flm-label-placed", new Page.LocatorOptions().setHasText("Kabul"))
                        .first())
                .isVisible();
        assertTrue(page.locator(".flm-label-placed").count() >= 5, "place names at zoom 10 over Kabul");
        // Province borders at this zoom are the detailed ones: lines in the reference pane.
        assertThat(page.locator(".leaflet-flm-reference-pane path").first()).isAttached();
        assertTrue(page.locator(".leaflet-flm-reference-pane path").count() >= 2, "rivers and province borders");
        assertEquals(List.of(), page.evaluate(OVERLAPS));
    }

    @Test
    void aKabulNeighbourhoodAndLandmarkNamesShowAtCityZoomOnly(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        String gazetteerLabels = ".flm-label-placed.flm-label-neighbourhood, .flm-label-placed.flm-label-landmark";
        showView(atlas, 34.53, 69.17, 10);
        assertEquals(0, page.locator(gazetteerLabels).count(), "no neighbourhood names before zoom 11");

        showView(atlas, 34.53, 69.15, 12);
        assertTrue(
                page.locator(".flm-label-placed.flm-label-neighbourhood").count() >= 2,
                "neighbourhood names at zoom 12: "
                        + page.locator(".flm-label-placed").allTextContents());
        assertTrue(
                page.locator(gazetteerLabels).count() >= 4,
                "neighbourhood and landmark names at zoom 12: "
                        + page.locator(".flm-label-placed").allTextContents());
        assertEquals(List.of(), page.evaluate(OVERLAPS));
    }

    /** The overlap check itself: it must see two labels on one another, and a label on a marker. */
    @Test
    void theOverlapCheckFindsOverlappingLabelsAndALabelOnAMarker(AtlasPage atlas) {
        atlas.open("/?year=2018");
        Page page = atlas.page();
        assertThat(atlas.map()
                        .locator(".leaflet-marker-pane .leaflet-marker-icon")
                        .first())
                .isVisible();
        Object found = page.evaluate("""
                () => {
                  const pane = document.querySelector('flow-leaflet-map .leaflet-flm-labels-pane');
                  const label = (text, left, top) => {
                    const e = document.createElement('div');
                    e.className = 'flm-label flm-label-placed';
                    e.textContent = text;
                    e.style.transform = `translate3d(${left}px, ${top}px, 0)`;
                    pane.appendChild(e);
                    return e;
                  };
                  const a = label('Alpha', 0, 0);
                  const b = label('Beta', 10, 4);
                  const check = (%s)();
                  a.remove();
                  b.remove();
                  const marker = document.querySelector('flow-leaflet-map .leaflet-marker-pane .leaflet-marker-icon')
                    .getBoundingClientRect();
                  const c = label('Gamma', 0, 0);
                  const at = c.getBoundingClientRect();
                  c.style.transform = `translate3d(${marker.left - at.left}px, ${marker.top - at.top}px, 0)`;
                  const onMarker = (%s)();
                  c.remove();
                  return [check.filter(text => text === 'Alpha / Beta').length,
                    onMarker.filter(text => text.startsWith('Gamma / marker')).length];
                }""".formatted(OVERLAPS, OVERLAPS));
        assertEquals(List.of(1, 1), found, "overlaps found: labels on one another, a label on a marker");
    }

    @Test
    void provinceShadingFadesAsTheMapZoomsIn(AtlasPage atlas) {
        atlas.open("/?year=2018");
        Page page = atlas.page();
        String opacity = "() => Math.max(...[...document.querySelectorAll("
                + "'flow-leaflet-map .leaflet-flm-choropleth-pane path[fill-opacity]')]"
                + ".map(p => Number(p.getAttribute('fill-opacity'))))";
        showView(atlas, 34.53, 69.17, 5);
        assertEquals(0.55, ((Number) page.evaluate(opacity)).doubleValue(), 0.001, "zoom 5");
        showView(atlas, 34.53, 69.17, 10);
        assertEquals(0.05, ((Number) page.evaluate(opacity)).doubleValue(), 0.001, "zoom 10");
    }

    @Test
    void labelsNeverOverlapAtAnyZoom(AtlasPage atlas) {
        atlas.open("/");
        for (int zoom : new int[] {4, 5, 6, 7, 8, 9, 10, 11, 12}) {
            showView(atlas, 34.2, 70.5, zoom);
            assertEquals(List.of(), atlas.page().evaluate(OVERLAPS), "zoom " + zoom);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kabul, 34.53, 69.17", "jalalabad, 34.43, 70.45", "quetta, 30.19, 67.01", "peshawar, 34.01, 71.58"})
    void screenshotsAtFourZooms(String city, double lat, double lng, AtlasPage atlas) {
        atlas.open("/");
        for (int zoom : new int[] {4, 7, 10, 12}) {
            showView(atlas, lat, lng, zoom);
            assertTrue(atlas.page().locator(".flm-label-placed").count() > 0, city + " at zoom " + zoom);
            assertEquals(List.of(), atlas.page().evaluate(OVERLAPS), city + " at zoom " + zoom);
            atlas.screenshot("basemap-" + city + "-z" + zoom);
        }
    }

    /**
     * The base map's bytes over the wire (as Chromium received them, compressed) at first paint and at each zoom
     * step from the region down to a Kabul district, written to target/basemap-bytes.md for docs/benchmarks.md.
     * The first paint must stay under the 1.67 MB of GeoJSON the map loaded before it had provinces and names.
     */
    @Test
    void baseMapBytesAtFirstPaintAndPerZoomStep(AtlasPage atlas) throws java.io.IOException {
        Page page = atlas.page();
        java.util.Map<String, Long> bytes = new java.util.concurrent.ConcurrentHashMap<>();
        page.onRequestFinished(request -> {
            if (request.url().contains("/geodata/")) {
                bytes.merge("total", (long) request.sizes().responseBodySize, Long::sum);
            }
        });
        atlas.open("/");
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        long firstPaint = bytes.getOrDefault("total", 0L);
        StringBuilder table = new StringBuilder("| view | base-map bytes fetched (compressed) |\n| --- | ---: |\n");
        table.append("| first paint (region, zoom 5) | ")
                .append(String.format("%,d", firstPaint))
                .append(" |\n");
        long before = firstPaint;
        for (int zoom = 6; zoom <= 12; zoom++) {
            showView(atlas, 34.53, 69.17, zoom);
            long now = bytes.getOrDefault("total", 0L);
            table.append("| Kabul, zoom ")
                    .append(zoom)
                    .append(" | ")
                    .append(String.format("%,d", now - before))
                    .append(" |\n");
            before = now;
        }
        table.append("| total, region to zoom 12 | ")
                .append(String.format("%,d", before))
                .append(" |\n");
        java.nio.file.Files.writeString(RunningApp.targetDir().resolve("basemap-bytes.md"), table);
        System.out.println("[e2e] base-map bytes:\n" + table);
        assertTrue(firstPaint > 0 && firstPaint < 1_671_492, "first paint " + firstPaint + " bytes");
    }

    /** Moves the map without animation and waits until the labels of the new view are placed. */
    static void showView(AtlasPage atlas, double lat, double lng, int zoom) {
        Page page = atlas.page();
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        // A block body: setView returns the map, which Playwright would try to copy back whole.
        page.evaluate(
                "([lat, lng, zoom]) => { document.querySelector('flow-leaflet-map').leafletMap"
                        + ".setView([lat, lng], zoom, { animate: false }); }",
                List.of(lat, lng, zoom));
        // Detail files arrive after the move; the labels are placed again as each one does.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(900);
    }
}
