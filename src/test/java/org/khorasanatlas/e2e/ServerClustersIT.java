package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The map when a filter matches more attacks than the browser should get one by one. A second instance of the
 * app runs with the limit at 20, so the shipped attacks behave as 100,000 would: the server sends counts per
 * grid square for the view, and each pan, zoom or press on a bubble brings what the new view shows.
 */
@E2ETest
class ServerClustersIT {

    @RegisterExtension
    static final SecondApp app =
            SecondApp.withSettings("e2e-app-server-clusters", "--atlas.map.server-clusters-above=20");

    private final AttackData data;

    ServerClustersIT(AttackData data) {
        this.data = data;
    }

    @Test
    void allYearsAreCountedInBubblesThatAddUpToEveryAttackInView(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        atlas.open("/");

        assertThat(atlas.map()).hasAttribute("data-clusters", Pattern.compile("[1-9]\\d*"));
        // Every attack in view (and a quarter of the view around it) is counted once: Moscow, far off, is not.
        assertThat(atlas.map()).hasAttribute("data-clustered", Pattern.compile("[1-9]\\d*"));
        page.waitForFunction("() => !document.querySelector('.leaflet-zoom-anim')");
        List<?> view = (List<?>)
                page.evaluate(
                        "() => { const b = document.querySelector('flow-leaflet-map')"
                                + ".leafletMap.getBounds().pad(0.25); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }");
        double[] b = view.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        long inView = data.attacks().stream()
                .filter(a -> a.lat() >= b[0] && a.lng() >= b[1] && a.lat() <= b[2] && a.lng() <= b[3])
                .count();
        assertTrue(inView > 90 && inView < data.attacks().size(), "attacks in view: " + inView);
        page.waitForFunction(
                "n => { const m = document.querySelector('flow-leaflet-map');"
                        + " return Number(m.dataset.clustered) + Number(m.dataset.points) === n; }",
                (int) inView);
        Locator bubbles = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^\\d+ attacks here, press to zoom in")));
        assertTrue(bubbles.count() > 0, "server bubbles are buttons with an accessible name");
        assertThat(page.locator("#shown-count"))
                .hasText("Showing " + AttackData.shown(data.attacks().size()) + " of "
                        + AttackData.shown(data.attacks().size()) + " attacks");
        atlas.screenshot("server-clusters-all-years");
    }

    @Test
    void zoomingInBringsTheAttacksOfTheNewViewOneByOne(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        atlas.open("/");
        assertThat(atlas.map()).hasAttribute("data-clusters", Pattern.compile("[1-9]\\d*"));

        // Kerman, where ISKP bombed the Soleimani memorial in January 2024: zoomed in, alone in view.
        page.evaluate("() => { document.querySelector('flow-leaflet-map').leafletMap.setView([30.25, 57.05], 9); }");

        assertThat(atlas.map()).hasAttribute("data-clusters", "0");
        long inView = data.attacks().stream()
                .filter(a -> Math.abs(a.lat() - 30.25) < 1.5 && Math.abs(a.lng() - 57.05) < 2)
                .count();
        assertEquals(1, inView, "the shipped data has one attack around Kerman");
        assertThat(atlas.map()).hasAttribute("data-points", "1");
        assertThat(page.locator("flow-leaflet-map .flm-point")).hasCount(1);
        atlas.screenshot("server-clusters-zoomed-in");
    }

    @Test
    void aBubbleZoomsInFromTheKeyboardAndTheServerSendsTheFinerView(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        atlas.open("/");
        assertThat(atlas.map()).hasAttribute("data-clusters", Pattern.compile("[1-9]\\d*"));
        double zoomBefore = zoom(page);
        String before =
                atlas.map().getAttribute("data-clustered") + "/" + atlas.map().getAttribute("data-points");

        Locator bubble = page.locator("flow-leaflet-map .leaflet-marker-icon:has(.flm-cluster)")
                .first();
        bubble.focus();
        page.keyboard().press("Enter");

        page.waitForFunction("z => document.querySelector('flow-leaflet-map').leafletMap.getZoom() > z", zoomBefore);
        page.waitForFunction(
                "b => { const m = document.querySelector('flow-leaflet-map');"
                        + " return m.dataset.clustered + '/' + m.dataset.points !== b; }",
                before);
    }

    @Test
    void anAttackChosenInTheTableIsHighlightedEvenWhereTheMapShowsOnlyCounts(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        AttackData.Attack kerman = data.attacks().stream()
                .filter(a -> Math.abs(a.lat() - 30.25) < 1.5 && Math.abs(a.lng() - 57.05) < 2)
                .findFirst()
                .orElseThrow();
        atlas.open("/?event=" + kerman.id());

        assertThat(page.locator("#attack-card-title")).hasText(kerman.name());
        assertThat(atlas.marker(kerman.id())).hasClass(Pattern.compile("flm-selected"));
        assertThat(atlas.map()).hasAttribute("data-clusters", Pattern.compile("[1-9]\\d*"));
    }

    private static double zoom(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('flow-leaflet-map').leafletMap.getZoom()"))
                .doubleValue();
    }
}
