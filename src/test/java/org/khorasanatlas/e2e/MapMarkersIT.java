package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The map fetches its markers from the URL the server gives it (the tab keeps no copy): what a reader sees when
 * that fetch fails, and that a filter seen before comes from the browser's cache.
 */
@E2ETest
class MapMarkersIT {

    private final AttackData data;

    MapMarkersIT(AttackData data) {
        this.data = data;
    }

    @Test
    void aFailedFetchIsSaidOverTheMapAndTheNextFilterDrawsAgain(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        page.route("**/api/markers**", route -> route.abort());

        atlas.chooseYear("2018");

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

    @Test
    void aFilterSeenBeforeIsDrawnFromTheBrowsersCache(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        atlas.chooseYear("2018");
        atlas.awaitAllPointsOnScreen(data.inYear(2018).size());

        atlas.chooseYear("2021");
        atlas.awaitAllPointsOnScreen(data.inYear(2021).size());

        // Resource timing: the second fetch of 2021's markers came over no network at all (transferSize 0).
        Object transfers = page.evaluate("""
                () => performance.getEntriesByType('resource')
                  .filter(entry => entry.name.includes('/api/markers') && entry.name.includes('year=2021'))
                  .map(entry => entry.transferSize)""");
        org.assertj.core.api.Assertions.assertThat((List<?>) transfers)
                .hasSize(2)
                .satisfies(sizes -> org.assertj.core.api.Assertions.assertThat(((Number) sizes.get(0)).longValue())
                        .isPositive())
                .satisfies(sizes -> org.assertj.core.api.Assertions.assertThat(((Number) sizes.get(1)).longValue())
                        .isZero());
    }
}
