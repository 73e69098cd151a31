package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The map's markers come with the server's answer, and the map keeps the URL they can be fetched from again: what
 * an element drawn anew from its properties alone does (as after a lost connection, when Flow sends the whole page
 * again), and what a reader sees when that fetch fails.
 */
@E2ETest
class MapMarkersIT {

    /** What Flow does when it sends the page's state again: the points property alone, with no content beside it. */
    private static final String SET_SOURCE = """
            url => { document.querySelector('flow-leaflet-map').points = JSON.stringify({ url, followViewport: false,
              fit: true, bounds: null, center: null, zoom: null }); }""";

    private final AttackData data;

    MapMarkersIT(AttackData data) {
        this.data = data;
    }

    @Test
    void yearChangesBringTheirMarkersWithTheAnswerWithoutAFetch(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        page.route("**/api/markers**", route -> route.abort());

        atlas.chooseYear("2018");

        atlas.awaitAllPointsOnScreen(data.inYear(2018).size());
        assertThat(page.locator("flow-leaflet-map .flm-content-error")).hasCount(0);
        assertThat(atlas.map()).not().hasAttribute("aria-busy", "true");
    }

    @Test
    void aMapDrawnFromItsPropertiesAloneFetchesItsMarkers(AtlasPage atlas) {
        atlas.open("/?year=2021");

        atlas.page().evaluate(SET_SOURCE, "/api/markers?year=2018");

        atlas.awaitAllPointsOnScreen(data.inYear(2018).size());
        assertThat(atlas.map()).not().hasAttribute("aria-busy", "true");
    }

    @Test
    void aFailedFetchIsSaidOverTheMapInsteadOfOldMarkers(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        page.route("**/api/markers**", route -> route.abort());

        page.evaluate(SET_SOURCE, "/api/markers?year=2018");

        assertThat(page.locator("flow-leaflet-map .flm-content-error"))
                .hasText("The attacks could not be loaded. Reload the page to try again.");
        assertThat(page.locator("flow-leaflet-map .flm-content-error")).hasAttribute("role", "alert");
        // The markers of 2021 are gone rather than passing for 2018's.
        assertThat(atlas.map()).hasAttribute("data-points", "0");
        atlas.screenshot("map-markers-failed");

        page.unroute("**/api/markers**");
        atlas.chooseYear("2019");

        assertThat(page.locator("flow-leaflet-map .flm-content-error")).hasCount(0);
        atlas.awaitAllPointsOnScreen(data.inYear(2019).size());
    }
}
