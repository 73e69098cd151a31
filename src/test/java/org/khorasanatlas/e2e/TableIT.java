package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The table beside the map: the same attacks, one row each, kept in step with the map both ways. */
@E2ETest
class TableIT {

    private final AttackData data;

    TableIT(AttackData data) {
        this.data = data;
    }

    @Test
    void liesUnderTheMapOnALaptopWithOneRowPerAttack(AtlasPage atlas) {
        List<AttackData.Attack> in2021 = data.inYear(2021);
        atlas.open("/?year=2021");
        Page page = atlas.page();

        assertThat(page.locator("#table-heading")).hasText("Table: " + in2021.size() + " attacks");
        assertThat(row(page, in2021.getFirst().name())).isVisible();
        assertThat(page.locator("#phone-tabs")).isHidden();
        BoundingBox map = atlas.map().boundingBox();
        BoundingBox table = page.locator("#table-panel").boundingBox();
        assertTrue(
                table.y >= map.y + map.height - 1,
                "table top " + table.y + " is under the map's bottom " + (map.y + map.height));
        assertTrue(map.height >= 450, "the map keeps most of the height: " + map.height + " px");
        assertEquals(map.width, table.width, 1, "table as wide as the map");
        atlas.screenshot("laptop-2021-table");
    }

    @Test
    void choosingARowSelectsItsMarkerAndBringsItIntoView(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.open("/?year=2021");
        Page page = atlas.page();
        atlas.awaitAllPointsOnScreen(data.inYear(2021).size());

        row(page, airport.name()).click();

        page.waitForURL(Pattern.compile(".*[?&]event=" + Texts.literal(airport.id()) + "$"));
        assertThat(page.locator("#attack-card-title")).hasText(airport.name());
        awaitRowState(page, airport.name(), "selected, in view");
        // Kabul's attacks share one point: the map opens the cluster to show the chosen one.
        assertThat(atlas.marker(airport.id())).hasClass(Pattern.compile("\\bflm-selected\\b"));
        assertThat(atlas.marker(airport.id())).isVisible();
        awaitMarkerInsideMap(atlas, airport.id());
        atlas.screenshot("laptop-2021-row-chosen");
    }

    @Test
    void clickingAMarkerSelectsItsRowAndScrollsTheTableToIt(AtlasPage atlas) {
        // The year's last attack, in Orakzai: a place of its own, so the map zooms to it without spiderfying.
        AttackData.Attack latest = data.byId("2018-11-23-orakzai-kalaya-market");
        assertEquals(latest, data.inYear(2018).getLast());
        atlas.open("/?year=2018");
        Page page = atlas.page();
        assertThat(row(page, data.inYear(2018).getFirst().name())).isVisible();
        assertEquals("absent or hidden", rowState(page, latest.name()), "the last row starts out of sight");

        atlas.revealMarker(latest).click();

        assertThat(page.locator("#attack-card-title")).hasText(latest.name());
        awaitRowState(page, latest.name(), "selected, in view");
    }

    @Test
    void theKeyboardMovesThroughRowsAndSpaceChoosesOne(AtlasPage atlas) {
        List<AttackData.Attack> in2016 = data.inYear(2016);
        atlas.open("/?year=2016");
        Page page = atlas.page();

        row(page, in2016.getFirst().name()).click();
        page.waitForURL(
                Pattern.compile(".*event=" + Texts.literal(in2016.getFirst().id()) + "$"));
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");

        page.waitForURL(Pattern.compile(".*event=" + Texts.literal(in2016.get(1).id()) + "$"));
        assertThat(page.locator("#attack-card-title")).hasText(in2016.get(1).name());
        assertThat(atlas.marker(in2016.get(1).id())).hasClass(Pattern.compile("\\bflm-selected\\b"));
    }

    @Test
    void aColumnHeaderSortsTheRows(AtlasPage atlas) {
        List<AttackData.Attack> in2017 = data.inYear(2017);
        AttackData.Attack deadliest = in2017.stream()
                .max(java.util.Comparator.comparingInt(AttackData.Attack::killedBest))
                .orElseThrow();
        atlas.open("/?year=2017");
        Page page = atlas.page();

        Locator killedHeader = page.locator("#attack-table thead th[data-key=killed]");
        assertThat(page.locator("#attack-table th[aria-sort]")).hasText("Date");
        killedHeader.getByRole(AriaRole.BUTTON).click();
        assertThat(killedHeader).hasAttribute("aria-sort", "ascending");
        killedHeader.getByRole(AriaRole.BUTTON).click();

        assertThat(killedHeader).hasAttribute("aria-sort", "descending");
        assertThat(page.locator("#attack-table tbody tr").first().locator("th")).hasText(deadliest.name());
        assertThat(page.locator("#attack-table th[aria-sort]")).hasCount(1);
    }

    @Test
    void thePagerTurnsPagesOfFiftyAndAMarkerOnAnotherPageBringsItsPage(AtlasPage atlas) {
        List<AttackData.Attack> all = data.attacks();
        atlas.open("/");
        Page page = atlas.page();
        Locator range = page.locator("#attack-table .rt-range");
        assertThat(range).hasText("Rows 1–50 of " + AttackData.shown(all.size()));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous page")))
                .isDisabled();

        Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page"));
        next.click();

        assertThat(range).hasText("Rows 51–100 of " + AttackData.shown(all.size()));
        assertThat(page.locator("#attack-table tbody tr").first().locator("th"))
                .hasText(all.get(50).name());
        assertThat(next).isFocused();
        atlas.screenshot("laptop-all-years-table-page-2");

        AttackData.Attack last = all.getLast();
        atlas.open("/?event=" + last.id());
        awaitRowState(page, last.name(), "selected, in view");
        assertThat(page.locator("#attack-table .rt-range"))
                .hasText(Pattern.compile("Rows \\d+–" + AttackData.shown(all.size()) + " of .*"));
    }

    @Test
    void aPageThatCannotBeFetchedSaysSoAndCanBeFetchedAgain(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        assertThat(row(page, data.inYear(2021).getFirst().name())).isVisible();
        page.route("**/api/table/attacks**", route -> route.abort());

        page.locator("#attack-table th").first().getByRole(AriaRole.BUTTON).click();

        Locator alert = page.locator("#attack-table [role=alert]");
        assertThat(alert).hasText("The rows could not be loaded. Try again");
        assertThat(page.locator("#attack-table")).not().hasAttribute("aria-busy", "true");
        page.unroute("**/api/table/attacks**");
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try again"))
                .click();
        assertThat(alert).isHidden();
        assertThat(page.locator("#attack-table tbody tr").first().locator("th"))
                .hasText(data.inYear(2021).getLast().name());
        assertThat(page.locator("#attack-table tbody tr").first()).isFocused();
    }

    @Test
    void downloadLinksSaveTheFilteredAttacksUnderANameThatCarriesTheFilter(AtlasPage atlas) throws IOException {
        List<AttackData.Attack> in2021 = data.inYear(2021);
        atlas.open("/?year=2021");
        Page page = atlas.page();

        Locator csv = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV (" + in2021.size() + " attacks)"));
        Locator geoJson = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Download GeoJSON (" + in2021.size() + " attacks)"));
        assertEquals(atlas.baseUri().resolve("/api/events.csv?year=2021"), URI.create(href(csv)));

        Download csvFile = page.waitForDownload(csv::click);
        assertEquals("khorasan-atlas_year-2021.csv", csvFile.suggestedFilename());
        String table = Files.readString(csvFile.path(), StandardCharsets.UTF_8);
        assertTrue(
                table.lines().findFirst().orElseThrow().contains("id,"),
                "a CSV header: " + table.lines().findFirst());
        // Rows start with the attack's id; free-text cells may span lines, so count the rows by their id.
        assertEquals(
                in2021.stream().map(attack -> attack.id() + ",").toList(),
                table.lines()
                        .filter(line -> line.matches("^\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+,.*"))
                        .map(line -> line.substring(0, line.indexOf(',') + 1))
                        .toList());

        Download geoJsonFile = page.waitForDownload(geoJson::click);
        assertEquals("khorasan-atlas_year-2021.geojson", geoJsonFile.suggestedFilename());
        JsonNode features = JsonMapper.builder()
                .build()
                .readTree(geoJsonFile.path().toFile())
                .path("features");
        assertEquals(
                in2021.stream().map(AttackData.Attack::id).toList(),
                features.valueStream()
                        .map(feature -> feature.path("id").asString())
                        .toList());

        page.locator("#year-chart button[data-year=\"2021\"]").click();
        assertThat(page.locator("#totals h2")).hasText(Pattern.compile("All years.*"));
        assertThat(page.locator("#download-csv"))
                .hasText("Download CSV (" + AttackData.shown(data.attacks().size()) + " attacks)");
        assertThat(page.locator("#download-csv")).hasAttribute("download", "khorasan-atlas.csv");
        assertEquals(atlas.baseUri().resolve("/api/events.csv"), URI.create(href(page.locator("#download-csv"))));
    }

    @Test
    void onAPhoneTheTableIsATabUnderTheMap(AtlasPage atlas) {
        List<AttackData.Attack> in2021 = data.inYear(2021);
        AttackData.Attack chosen = in2021.get(1);
        atlas.asPhone().open("/?year=2021");
        Page page = atlas.page();
        Locator overviewTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview"));
        Locator tableTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Table"));
        assertThat(overviewTab).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#side-panel")).isVisible();
        assertThat(page.locator("#table-panel")).isHidden();
        BoundingBox map = atlas.map().boundingBox();
        assertTrue(page.locator("#phone-tabs").boundingBox().y >= map.y + map.height - 1, "tabs under the map");

        tableTab.tap();

        assertThat(tableTab).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#table-panel")).isVisible();
        assertThat(page.locator("#side-panel")).isHidden();
        row(page, chosen.name()).tap();
        page.waitForURL(Pattern.compile(".*event=" + Texts.literal(chosen.id()) + "$"));
        assertThat(atlas.marker(chosen.id())).hasClass(Pattern.compile("\\bflm-selected\\b"));
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= 390, "page is " + scrollWidth + " px wide on a 390 px phone");
        atlas.screenshot("phone-2021-table-tab", true);
    }

    @Test
    void phoneTabsWorkFromTheKeyboard(AtlasPage atlas) {
        atlas.asPhone().open("/");
        Page page = atlas.page();
        Locator overviewTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview"));
        Locator tableTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Table"));
        assertThat(tableTab).hasAttribute("tabindex", "-1");

        overviewTab.focus();
        page.keyboard().press("ArrowRight");

        assertThat(tableTab).isFocused();
        assertThat(tableTab).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#table-panel")).isVisible();
        page.keyboard().press("ArrowRight");
        assertThat(overviewTab).isFocused();
        assertThat(page.locator("#side-panel")).isVisible();
    }

    /** The row whose header cell (the attack's name) holds exactly this text. */
    private static Locator row(Page page, String attackName) {
        return page.locator("#attack-table tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(
                                "th",
                                new Page.LocatorOptions()
                                        .setHasText(Pattern.compile("^" + Texts.literal(attackName) + "$")))));
    }

    private static String href(Locator link) {
        return (String) link.evaluate("a => a.href");
    }

    private static String rowState(Page page, String name) {
        return (String) page.evaluate(ROW_STATE, name);
    }

    private static void awaitRowState(Page page, String name, String expected) {
        try {
            page.waitForFunction(
                    "([name, expected]) => (" + ROW_STATE + ")(name) === expected", List.of(name, expected));
        } catch (TimeoutError e) {
            throw new AssertionError("row " + name + " is " + rowState(page, name) + ", not " + expected, e);
        }
    }

    /** Whether a row is drawn inside the table's scrolled box, below its header, and whether it is marked. */
    private static final String ROW_STATE = """
            name => {
              const table = document.querySelector('#attack-table');
              const row = [...table.querySelectorAll('tbody tr')]
                  .find(r => r.querySelector('th')?.textContent.trim() === name);
              if (!row || !row.checkVisibility()) return 'absent or hidden';
              const box = table.querySelector('.rt-scroll').getBoundingClientRect();
              const header = table.querySelector('thead').getBoundingClientRect();
              const r = row.getBoundingClientRect();
              const inView = r.top >= header.bottom - 1 && r.bottom <= box.bottom + 1;
              if (!inView) return 'absent or hidden';
              return (row.getAttribute('aria-current') === 'true' ? 'selected' : 'not selected') + ', in view';
            }""";

    private static void awaitMarkerInsideMap(AtlasPage atlas, String attackId) {
        try {
            atlas.page().waitForFunction("""
                    id => {
                      const map = document.querySelector('flow-leaflet-map').getBoundingClientRect();
                      const dot = document.querySelector(`.flm-point[data-feature-id="${id}"]`);
                      if (!dot || document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')) return false;
                      const r = dot.getBoundingClientRect();
                      const x = r.left + r.width / 2, y = r.top + r.height / 2;
                      return x > map.left && x < map.right && y > map.top && y < map.bottom;
                    }""", attackId);
        } catch (TimeoutError e) {
            throw new AssertionError("The marker of " + attackId + " is not inside the map", e);
        }
    }
}
