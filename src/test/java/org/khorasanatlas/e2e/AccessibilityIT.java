package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * axe-core over the dashboard in its main states: no serious or critical violation. Lesser findings
 * (best practices such as heading order) are printed but do not fail the build.
 */
@E2ETest
class AccessibilityIT {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final AttackData data;

    AccessibilityIT(AttackData data) {
        this.data = data;
    }

    @Test
    void allYears(AtlasPage atlas) {
        atlas.open("/");
        awaitBaseMap(atlas);

        assertNoSeriousViolations(atlas, "all years");
    }

    @Test
    void aYearWithAnAttackCardOpen(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.open("/?year=2021&event=" + airport.id());
        assertThat(atlas.page().locator("#attack-card-title")).hasText(airport.name());

        assertNoSeriousViolations(atlas, "2021 with the Kabul airport card");
    }

    @Test
    void allYearsInDariRightToLeft(AtlasPage atlas) {
        atlas.open("/?lang=fa-AF");
        awaitBaseMap(atlas);

        assertNoSeriousViolations(atlas, "all years in Dari");
    }

    @Test
    void anAttacksCardInPashtoAndInUrdu(AtlasPage atlas) {
        for (String language : new String[] {"ps", "ur"}) {
            atlas.open("/?year=2021&lang=" + language + "&event=" + DashboardIT.KABUL_AIRPORT);
            assertThat(atlas.page().locator("#attack-card-title")).isVisible();

            assertNoSeriousViolations(atlas, "2021 with the Kabul airport card in " + language);
        }
    }

    /** The profile's facts and the filter fields are built when unfolded, so they are checked unfolded. */
    @Test
    void withEveryProfileSectionAndTheFiltersUnfolded(AtlasPage atlas) {
        atlas.open("/");
        awaitBaseMap(atlas);
        Locator sections = atlas.page().locator("#profile details");
        for (int i = 0; i < sections.count(); i++) {
            sections.nth(i).locator("summary").click();
            assertThat(sections.nth(i)).hasAttribute("open", "");
        }
        atlas.page().locator("#filters vaadin-details-summary").click();
        assertThat(atlas.page().locator("#filters")).hasAttribute("opened", "");
        assertThat(atlas.page().locator("#profile details:not(:has(.fact))")).hasCount(0);
        assertThat(atlas.page().locator("#country-filter")).isVisible();

        assertNoSeriousViolations(atlas, "all years with the profile and the filters unfolded");
    }

    @Test
    void theTableTabOnAPhone(AtlasPage atlas) {
        atlas.asPhone().open("/?year=2017");
        Page page = atlas.page();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Table"))
                .tap();
        assertThat(page.locator("#table-panel")).isVisible();
        page.locator("#attack-table tbody th")
                .filter(new Locator.FilterOptions()
                        .setHasText(data.inYear(2017).getFirst().name()))
                .tap();
        page.waitForURL(Pattern.compile(".*event=.*"));

        assertNoSeriousViolations(atlas, "phone, table tab with a row chosen");
    }

    @Test
    void thePhoneLayout(AtlasPage atlas) {
        atlas.asPhone().open("/");
        awaitBaseMap(atlas);

        assertNoSeriousViolations(atlas, "phone, overview");
    }

    @Test
    void clusterBubblesAreNamedButtonsThatOpenWithTheKeyboard(AtlasPage atlas) {
        atlas.open("/");
        awaitBaseMap(atlas);
        Page page = atlas.page();
        // The biggest bubble: its attacks lie at several places, so opening it zooms in (a bubble of attacks that
        // share one point spreads them out instead, and the scale would not change).
        Locator bubbles = page.locator(".flm-cluster-icon");
        Locator bubble = bubbles.first();
        for (int i = 1; i < bubbles.count(); i++) {
            if (Integer.parseInt(bubbles.nth(i).innerText().strip())
                    > Integer.parseInt(bubble.innerText().strip())) {
                bubble = bubbles.nth(i);
            }
        }
        String count = bubble.innerText().strip();

        assertThat(bubble).hasAttribute("role", "button");
        assertThat(bubble).hasAttribute("tabindex", "0");
        assertThat(bubble).hasAttribute("aria-label", count + " attacks here, press to zoom in and show them");

        String scaleBefore = page.locator(".leaflet-control-scale-line").innerText();
        bubble.focus();
        page.keyboard().press("Space");
        assertThat(page.locator(".leaflet-control-scale-line")).not().hasText(scaleBefore);
        assertThat(page.locator(".flm-container")).isFocused();
    }

    /** The whole period opens on the region; a few far attacks (Moscow) lie outside it, so wait for the map. */
    private static void awaitBaseMap(AtlasPage atlas) {
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        assertThat(atlas.page().locator("flow-leaflet-map .flm-cluster").first())
                .isVisible();
    }

    /** Runs axe on the page as it is and fails with a readable list of serious and critical violations. */
    private static void assertNoSeriousViolations(AtlasPage atlas, String state) {
        AxeResults results = new AxeBuilder(atlas.page()).analyze();
        assertTrue(results.getErrorMessage() == null, "axe failed on " + state + ": " + results.getErrorMessage());
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        List<Rule> minor = results.getViolations().stream()
                .filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!minor.isEmpty()) {
            System.out.println("[axe][" + state + "] minor findings (not failing):\n" + describe(minor));
        }
        assertTrue(
                failing.isEmpty(), "axe found serious or critical violations on " + state + ":\n" + describe(failing));
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(AccessibilityIT::describe)
                                .collect(Collectors.joining("\n"))
                        + (rule.getNodes().size() > 5
                                ? "\n    ... and " + (rule.getNodes().size() - 5) + " more"
                                : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
        return "    at " + node.getTarget() + ": " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}
