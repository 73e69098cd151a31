package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/** The filter, chart and playback controls of the panel, used as a person does: by their labels. */
final class Controls {

    private final AtlasPage atlas;
    private final Page page;

    Controls(AtlasPage atlas) {
        this.atlas = atlas;
        this.page = atlas.page();
    }

    /** The query parameters of the address bar, decoded; Vaadin does not keep their order. */
    Map<String, String> query() {
        String query = URI.create(page.url()).getRawQuery();
        Map<String, String> parameters = new TreeMap<>();
        if (query != null) {
            Arrays.stream(query.split("&"))
                    .map(pair -> pair.split("=", 2))
                    .forEach(pair -> parameters.put(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : ""));
        }
        return parameters;
    }

    /** Waits until the address bar holds exactly these parameters (name, value, name, value...). */
    void awaitQuery(String... namesAndValues) {
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            expected.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            page.waitForCondition(
                    () -> query().equals(expected),
                    new Page.WaitForConditionOptions().setTimeout(AtlasPage.TIMEOUT_MS));
        } catch (RuntimeException e) {
            throw new AssertionError("URL " + page.url() + " does not hold " + expected, e);
        }
    }

    Locator bar(int year) {
        return page.locator("#year-chart button[data-year=\"" + year + "\"]");
    }

    Locator shownCount() {
        return page.locator("#shown-count");
    }

    Locator heading() {
        return page.locator("#totals h2");
    }

    void openFilters() {
        Locator details = page.locator("#filters");
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
        }
        assertThat(page.locator("#country-filter")).isVisible();
    }

    /** Picks items in a multi-select combo box by their names, then closes its list. */
    void choose(String comboId, String... names) {
        openFilters();
        page.locator("#" + comboId + " input").click();
        for (String name : names) {
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(name).setExact(true))
                    .click();
        }
        page.keyboard().press("Escape");
    }

    /** The chips of the items chosen in a multi-select combo box (its overflow chip left out). */
    Locator chips(String comboId) {
        return page.locator("#" + comboId + " vaadin-multi-select-combo-box-chip[slot=\"chip\"]");
    }

    void tickClaim(String label) {
        openFilters();
        page.locator("#claim-filter")
                .getByRole(
                        AriaRole.CHECKBOX,
                        new Locator.GetByRoleOptions().setName(label).setExact(true))
                .check();
    }

    /** Opens a Vaadin select by its id and picks an option by its text. */
    /** Picks an option of one of the page's native selects, by the label a person reads. */
    void select(String selectId, String option) {
        page.locator("#" + selectId + " select").selectOption(new SelectOption().setLabel(option));
    }

    Locator playToggle() {
        return page.locator("#playback-toggle");
    }

    AtlasPage atlas() {
        return atlas;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
