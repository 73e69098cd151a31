package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/** The page on a phone, and without a mouse. */
@E2ETest
class LayoutAndKeyboardIT {

    @Test
    void phoneShowsMapThenPanelWithoutSidewaysScrolling(AtlasPage atlas) {
        atlas.asPhone().open("/");
        Page page = atlas.page();
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        assertThat(page.locator(".flm-region-label").first()).isVisible();

        BoundingBox map = atlas.map().boundingBox();
        BoundingBox panel = page.locator(".side-panel").boundingBox();
        assertThat(atlas.map()).isVisible();
        assertThat(page.locator(".side-panel")).isVisible();
        assertTrue(map.height >= 300, "map is " + map.height + " px high");
        assertTrue(map.x >= 0 && map.x + map.width <= 390.5, "map spans " + map.x + "+" + map.width);
        assertTrue(
                panel.y >= map.y + map.height - 1,
                "panel (top " + panel.y + ") is below the map (bottom " + (map.y + map.height) + ")");
        assertTrue(panel.x >= 0 && panel.x + panel.width <= 390.5, "panel spans " + panel.x + "+" + panel.width);
        assertScrollWidthFits(page);
        atlas.screenshot("phone-all-years", true);
    }

    @Test
    void phoneTapOnAMarkerShowsItsCardBelowTheMap(AtlasPage atlas) {
        AttackData data = AttackData.load();
        AttackData.Attack attack = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.asPhone().open("/?year=2021");
        Page page = atlas.page();
        atlas.awaitAllPointsOnScreen(data.inYear(2021).size());

        atlas.revealMarker(attack).tap();

        assertThat(page.locator("#attack-card-title")).hasText(attack.name());
        page.locator("#attack-card").scrollIntoViewIfNeeded();
        assertThat(page.locator("#attack-card")).isInViewport();
        assertScrollWidthFits(page);
        atlas.screenshot("phone-2021-card");
    }

    @Test
    void tabFromTheTopReachesTheYearSelectAndTheChartBars(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        List<String> visited = new ArrayList<>();
        boolean select = false;
        boolean bar = false;
        for (int i = 0; i < 120 && !(select && bar); i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("""
                    () => { const e = document.activeElement;
                      if (!e || e === document.body) return 'body';
                      if (e.closest('#year-select')) return 'year-select';
                      if (e.matches('#year-chart button')) return 'bar ' + e.dataset.year;
                      return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (e.getAttribute('aria-label') ? ' [' + e.getAttribute('aria-label').slice(0, 30) + ']' : ''); }""");
            visited.add(focused);
            select |= focused.equals("year-select");
            bar |= select && focused.startsWith("bar ");
        }
        assertTrue(select, "Tab never reached the year select: " + visited);
        assertTrue(bar, "Tab never reached a chart bar after the select: " + visited);
        assertTrue(visited.indexOf("year-select") < visited.indexOf("bar 2015"), "order: " + visited);

        // The focused bar works from the keyboard too.
        String year = visited.getLast().substring("bar ".length());
        page.keyboard().press("Enter");
        assertThat(page.locator("#totals h2")).hasText("In " + year);
        assertThat(page.locator("#year-chart button[data-year=\"" + year + "\"]"))
                .isFocused();
    }

    @Test
    void yearSelectWorksFromTheKeyboard(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        Locator select = page.locator("#year-select select");
        select.focus();
        assertThat(atlas.yearShown()).hasText("All years");
        // A native select takes the next option at once on the arrow key, as it does on Windows and Linux.
        page.keyboard().press("ArrowDown");
        assertThat(atlas.yearShown()).hasText("2015");
        assertThat(page.locator("#totals h2")).hasText("In 2015");
    }

    @Test
    void profileSectionsAndFiltersUnfoldFromTheKeyboard(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        Locator leaders = page.locator("#profile-leaders");
        assertThat(leaders.locator(".fact")).hasCount(0);

        leaders.locator("summary").focus();
        page.keyboard().press("Enter");

        assertThat(leaders).hasAttribute("open", "");
        assertThat(leaders.locator(".fact h3").first()).isVisible();
        assertThat(leaders.locator(".fact a[href^=\"http\"]").first()).isVisible();

        page.locator("#filters vaadin-details-summary").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#country-filter")).isVisible();
        page.keyboard().press("Tab");
        assertThat(page.locator("#country-filter input")).isFocused();
    }

    private static void assertScrollWidthFits(Page page) {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int viewport = page.viewportSize().width;
        assertEquals(390, viewport);
        assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide on a " + viewport + " px phone");
    }
}
