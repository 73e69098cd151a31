package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The first thing a visitor sees: the map with the region and every attack, and the totals beside it. */
@E2ETest
class DashboardIT {

    static final String KABUL_AIRPORT = "2021-08-26-kabul-airport";

    private final AttackData data;

    DashboardIT(AttackData data) {
        this.data = data;
    }

    @Test
    void mapShowsBaseMapRegionAndEveryAttack(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();

        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        assertThat(page.locator("flow-leaflet-map .leaflet-overlay-pane svg path")
                        .first())
                .isVisible();
        assertThat(page.locator(
                        ".flm-region-label", new Page.LocatorOptions().setHasText("Khorasan (historic region)")))
                .isVisible();
        assertThat(atlas.map())
                .hasAttribute("data-points", String.valueOf(data.attacks().size()));
        assertThat(page.locator("flow-leaflet-map .flm-point, flow-leaflet-map .flm-cluster")
                        .first())
                .isVisible();
        assertThat(page.locator(".flm-legend")).containsText("Who tied the attack to ISKP");

        assertThat(atlas.yearShown()).hasText("All years");
        assertThat(page.locator("#totals-attacks"))
                .hasText(AttackData.shown(data.attacks().size()));
        assertThat(page.locator("#totals-killed")).hasText(AttackData.shown(AttackData.killed(data.attacks())));
        assertThat(page.locator("#attack-card")).containsText("Select an attack on the map");
        atlas.screenshot("laptop-all-years");
    }

    @Test
    void thePanelNamesTheDataVersionAndCitesTheViewWithItsAddress(AtlasPage atlas) throws Exception {
        JsonNode dataset = JsonMapper.builder()
                .build()
                .readTree(Path.of("geodata/dataset.json").toFile());
        atlas.open("/?year=2021&country=AFG");
        Page page = atlas.page();

        assertThat(page.locator("#dataset-version"))
                .containsText("Data version " + dataset.get("version").asString());
        String origin = (String) page.evaluate("location.origin");
        assertThat(page.locator("#citation-text"))
                .containsText("dataset version " + dataset.get("version").asString() + " (data as of "
                        + dataset.get("dataAsOf").asString() + "). ISKP attacks, 2021; Afghanistan.");
        // Playwright matches in the browser, where Java's \\Q quoting does not exist: the origin is plain text.
        assertThat(page.locator("#citation-text")).containsText(origin + "/?");
        String citation = page.locator("#citation-text").textContent();
        assertTrue(
                citation.contains(origin + "/?year=2021&country=AFG")
                        || citation.contains(origin + "/?country=AFG&year=2021"),
                citation);

        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.locator("#copy-citation").click();
        assertThat(page.locator("#copy-citation")).hasText("Citation copied");
        assertEquals(citation, page.evaluate("() => navigator.clipboard.readText()"));
    }

    @Test
    void yearLinkShowsTheKabulAirportBombing(AtlasPage atlas) {
        List<AttackData.Attack> in2021 = data.inYear(2021);
        atlas.open("/?year=2021");
        Page page = atlas.page();

        assertThat(atlas.yearShown()).hasText("2021");
        assertThat(page.locator("#totals h2")).hasText("In 2021");
        assertThat(page.locator("#totals-attacks")).hasText(AttackData.shown(in2021.size()));
        assertThat(page.locator("#totals-killed")).hasText(AttackData.shown(AttackData.killed(in2021)));
        assertThat(page.locator("#year-chart button[data-year=\"2021\"]")).hasAttribute("aria-pressed", "true");
        atlas.awaitAllPointsOnScreen(in2021.size());
        assertThat(atlas.revealMarker(data.byId(KABUL_AIRPORT))).isVisible();
    }

    /**
     * A shared link to one year opens with that year's attacks fitted into view. (Before the fix in
     * leaflet-map.ts the fit ran on a map not laid out yet: the world at minimum zoom, and for some years
     * no marker at all.)
     */
    @ParameterizedTest(name = "/?year={0}")
    @ValueSource(ints = {2016, 2020, 2021, 2024})
    void yearLinkFitsThatYearsAttacksIntoView(int year, AtlasPage atlas) {
        atlas.open("/?year=" + year);
        assertThat(atlas.yearShown()).hasText(String.valueOf(year));
        atlas.awaitAllPointsOnScreen(data.inYear(year).size());
        // Zoomed in on the region, not the whole world: the scale bar reads hundreds of kilometres, not thousands.
        String scale =
                atlas.page().locator(".leaflet-control-scale-line").innerText().strip();
        assertTrue(scale.matches("\\d+ km") && Integer.parseInt(scale.replace(" km", "")) < 1000, "scale bar " + scale);
    }

    /**
     * The page preloads the base map and region files while its scripts load, and the map's own fetch uses the
     * preloaded copy: Chromium warns in the console when a preload goes unused or cannot be used.
     */
    @Test
    void theBaseMapAndRegionArePreloadedAndThePreloadsAreUsed(AtlasPage atlas) {
        List<String> preloadWarnings = new CopyOnWriteArrayList<>();
        atlas.page().onConsoleMessage(message -> {
            if (message.text().contains("preload")) {
                preloadWarnings.add(message.text());
            }
        });
        atlas.open("/");
        Page page = atlas.page();

        // The base map (TopoJSON) and the first tier of place names; closer zooms' files come when wanted.
        assertThat(page.locator("head link[rel=preload][as=fetch][href$=\"/base.topo.json\"]"))
                .hasCount(1);
        assertThat(page.locator("head link[rel=preload][as=fetch][href$=\"/labels-0.geojson\"]"))
                .hasCount(1);
        assertThat(page.locator("head link[rel=preload][as=fetch][href*=\"/labels-4\"]"))
                .hasCount(0);
        assertThat(page.locator("head link[rel=preload][as=fetch][href*=\"/geodata/region/\"]"))
                .hasCount(2);
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        // Chromium's "preloaded but not used" warning comes a few seconds after the load event.
        page.waitForTimeout(4000);
        assertTrue(preloadWarnings.isEmpty(), "preload warnings: " + preloadWarnings);
    }

    @Test
    void worksOfflineWithoutRequestsToOtherHosts(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        assertThat(page.locator(".flm-region-label").first()).isVisible();
        page.locator("#year-chart button[data-year=\"2021\"]").click();
        assertThat(page.locator("#totals h2")).hasText("In 2021");
        atlas.revealMarker(data.byId(KABUL_AIRPORT)).click();
        assertThat(page.locator("#attack-card-title")).isVisible();
        page.locator("#profile summary").nth(1).click();
        assertThat(page.locator("#profile details").nth(1).locator(".fact").first())
                .isVisible();

        assertTrue(atlas.externalRequests().isEmpty(), "requests to other hosts: " + atlas.externalRequests());
        Locator images = page.locator("img[src^=\"http\"]:not([src*=\"localhost\"])");
        assertThat(images).hasCount(0);
    }
}
