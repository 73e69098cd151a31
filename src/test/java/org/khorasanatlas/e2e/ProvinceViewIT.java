package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province view: the table of attacks and deaths per province, hardest hit first, gives the API's figures for
 * the same filter; choosing a province filters the totals, the table and the URL, from the mouse or the keyboard,
 * and the map outlines it.
 */
@E2ETest
class ProvinceViewIT {

    /** The table's rows as the reader sees them, top to bottom: province, attacks, killed low, best, high. */
    private static final String ROWS = """
            () => [...document.querySelectorAll('#province-table tbody tr[data-id]')]
                .map(tr => [...tr.children].map(cell => cell.textContent.trim()))""";
    /** Each header of the table whose text does not show whole: wider than the room its cell leaves it. */
    private static final String CLIPPED_HEADERS = """
            () => [...document.querySelectorAll('#province-table thead th')].filter(cell => {
                const cut = (e) => e.scrollWidth > e.clientWidth + 0.5;
                return cut(cell) || [...cell.children].some(cut);
              }).map(cell => cell.textContent.trim())""";

    private static final Pattern PROVINCE = Pattern.compile("[?&]province=([a-z0-9-]+)");

    @Test
    void hardestHitProvinceOf2018MatchesTheApiAndFiltersEverything(AtlasPage atlas) throws Exception {
        atlas.open("/?year=2018");
        Page page = atlas.page();
        assertThat(page.locator("#province-heading")).isVisible();
        List<List<String>> rows = rows(page);
        List<String> first = rows.getFirst();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(number(rows.get(i - 1).get(1)) >= number(rows.get(i).get(1)), "hardest hit first: " + rows);
        }

        cell(page, first.getFirst()).click();
        page.waitForURL(PROVINCE);
        String province = provinceIn(page.url());
        JsonNode summary = api(atlas, "/api/summary?year=2018&province=" + province);
        assertEquals(summary.path("attacks").asInt(), number(first.get(1)), "attacks of " + first);
        assertEquals(summary.path("killed").path("low").asInt(), number(first.get(2)), "killed low of " + first);
        assertEquals(summary.path("killed").path("best").asInt(), number(first.get(3)), "killed best of " + first);
        assertEquals(summary.path("killed").path("high").asInt(), number(first.get(4)), "killed high of " + first);
        assertThat(page.locator("#totals-attacks"))
                .hasText(AttackData.shown(summary.path("attacks").asInt()));
        assertThat(page.locator("#table-heading"))
                .hasText(Pattern.compile("Table: " + summary.path("attacks").asInt() + " attacks?"));
        // The map outlines the chosen province, and its key explains the shading.
        assertThat(page.locator(".leaflet-flm-choropleth-pane path[stroke-width=\"2.5\"]"))
                .hasCount(1);
        assertThat(page.locator(".flm-legend")).containsText("Attacks per province");
        atlas.screenshot("province-view-2018");

        // Every province stays listed; choosing the chosen one again shows them all.
        assertEquals(rows.size(), rows(page).size());
        cell(page, first.getFirst()).click();
        page.waitForURL(url -> !PROVINCE.matcher(url).find());
        assertThat(page.locator("#totals-attacks"))
                .hasText(AttackData.shown(
                        api(atlas, "/api/summary?year=2018").path("attacks").asInt()));
    }

    @Test
    void theKeyboardChoosesAProvince(AtlasPage atlas) {
        atlas.open("/?year=2018");
        Page page = atlas.page();
        List<List<String>> rows = rows(page);
        cell(page, rows.getFirst().getFirst()).click();
        page.waitForURL(PROVINCE);
        page.keyboard().press("Space");
        page.waitForURL(url -> !PROVINCE.matcher(url).find());
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        page.waitForURL(PROVINCE);
        assertThat(page.locator("#province-table")).isVisible();
        assertThat(page.locator("#province-table tbody tr[aria-current=true] th"))
                .hasText(rows.get(1).getFirst());
    }

    @Test
    void everyHeaderShowsWholeOnAPhone(AtlasPage atlas) {
        atlas.asPhone().open("/?year=2018");
        Page page = atlas.page();
        rows(page);
        page.waitForFunction("document.fonts.status === 'loaded'");
        assertEquals(List.of(), page.evaluate(CLIPPED_HEADERS), "headers cut short at 390 px");
        page.locator("#province-table").scrollIntoViewIfNeeded();
        atlas.screenshot("phone-province-table", true);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Page page) {
        page.waitForFunction("(" + ROWS + ")().length > 0");
        return (List<List<String>>) page.evaluate(ROWS);
    }

    private static Locator cell(Page page, String text) {
        return page.locator("#province-table tbody th")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + Texts.literal(text) + "$")));
    }

    private static int number(String shown) {
        return Integer.parseInt(shown.replace(",", "").strip());
    }

    private static String provinceIn(String url) {
        Matcher matcher = PROVINCE.matcher(url);
        assertTrue(matcher.find(), url);
        return matcher.group(1);
    }

    private static JsonNode api(AtlasPage atlas, String pathAndQuery) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(atlas.baseUri().resolve(pathAndQuery))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return JsonMapper.builder().build().readTree(response.body());
        }
    }
}
