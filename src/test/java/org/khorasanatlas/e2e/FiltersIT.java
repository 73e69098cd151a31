package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.KeyboardModifier;

/** Country, claim, target and minimum deaths: in the URL, shared by a link, and walked by back and forward. */
@E2ETest
class FiltersIT {

    private final AttackData data;

    FiltersIT(AttackData data) {
        this.data = data;
    }

    @Test
    void aViewWithSeveralFiltersOpensTheSameFromItsUrl(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        controls.bar(2016).click();
        controls.awaitQuery("year", "2016");
        controls.bar(2018).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        controls.choose("country-filter", "Afghanistan");
        controls.tickClaim("Claimed by the Islamic State");
        controls.select("min-killed-filter", "10 or more");
        controls.awaitQuery("from", "2016", "to", "2018", "country", "AFG", "claim", "claimed", "minKilled", "10");
        Predicate<AttackData.Attack> shown = a -> a.year() >= 2016
                && a.year() <= 2018
                && a.country().equals("AFG")
                && a.claim().equals("claimed")
                && a.killedBest() >= 10;
        assertShows(controls, data.matching(shown));
        atlas.screenshot("laptop-filters-set");
        String link = atlas.page().url();

        AtlasPage other = atlas.asPhone();
        other.open(link);
        Controls again = new Controls(other);

        assertShows(again, data.matching(shown));
        assertThat(again.heading()).hasText("2016–2018");
        assertThat(other.page().locator("#filters")).hasAttribute("opened", "");
        assertThat(again.chips("country-filter")).hasAttribute("title", "Afghanistan");
        assertThat(other.page()
                        .locator("#claim-filter")
                        .getByRole(
                                AriaRole.CHECKBOX,
                                new Locator.GetByRoleOptions().setName("Claimed by the Islamic State")))
                .isChecked();
        assertThat(other.page().locator("#min-killed-filter option:checked")).hasText("10 or more");
        assertThat(other.page().locator("#filters vaadin-details-summary")).containsText("3 active");
    }

    @Test
    void backAndForwardWalkThroughFilterChanges(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        Page page = atlas.page();

        controls.choose("country-filter", "Pakistan");
        controls.awaitQuery("country", "PAK");
        controls.choose("target-filter", "Religious site or gathering");
        controls.awaitQuery("country", "PAK", "target", "religious");
        assertShows(
                controls,
                data.matching(a -> a.country().equals("PAK") && a.target().equals("religious")));

        page.goBack();
        controls.awaitQuery("country", "PAK");
        assertShows(controls, data.matching(a -> a.country().equals("PAK")));
        assertThat(controls.chips("target-filter")).hasCount(0);

        page.goBack();
        controls.awaitQuery();
        assertShows(controls, data.attacks());
        assertThat(controls.chips("country-filter")).hasCount(0);

        page.goForward();
        controls.awaitQuery("country", "PAK");
        assertShows(controls, data.matching(a -> a.country().equals("PAK")));
        assertThat(controls.chips("country-filter")).hasAttribute("title", "Pakistan");
    }

    @Test
    void clearFiltersShowsEveryAttackAgain(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/?year=2017&country=PAK&minKilled=25"));
        assertShows(
                controls, data.matching(a -> a.year() == 2017 && a.country().equals("PAK") && a.killedBest() >= 25));

        atlas.page().locator("#clear-filters").click();

        controls.awaitQuery();
        assertShows(controls, data.attacks());
        assertThat(atlas.page().locator("#clear-filters")).isDisabled();
    }

    @Test
    void unusableValuesAreIgnoredWithANoticeAndNoError(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/?country=XXX,PAK&claim=bogus&minKilled=lots&to=1900"));

        Locator notice = atlas.page().locator("#filter-notice");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("country=“XXX”");
        assertThat(notice).containsText("claim=“bogus”");
        assertThat(notice).containsText("minKilled=“lots”");
        assertThat(notice).containsText("to=“1900”");
        assertShows(controls, data.matching(a -> a.country().equals("PAK")));
    }

    @Test
    void phoneShowsTheFiltersFoldedAndUsableWithoutSidewaysScrolling(AtlasPage atlas) {
        Controls controls = new Controls(atlas.asPhone().open("/"));
        Page page = atlas.page();
        assertThat(page.locator("#country-filter")).isHidden();
        assertThat(controls.shownCount()).isVisible();

        controls.choose("country-filter", "Pakistan");
        controls.tickClaim("Disputed");
        controls.awaitQuery("country", "PAK", "claim", "disputed");

        assertShows(
                controls,
                data.matching(a -> a.country().equals("PAK") && a.claim().equals("disputed")));
        for (String id : List.of(
                "year-select",
                "filters",
                "country-filter",
                "claim-filter",
                "target-filter",
                "min-killed-filter",
                "year-chart",
                "playback")) {
            BoundingBox box = page.locator("#" + id).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= 390.5, id + " spans " + box.x + "+" + box.width);
        }
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= 390, "page is " + scrollWidth + " px wide on a 390 px phone");
        page.locator("#year-select").evaluate("e => e.scrollIntoView({block: 'start'})");
        atlas.screenshot("phone-filters");
        page.locator("#shown-count").evaluate("e => e.scrollIntoView({block: 'start'})");
        atlas.screenshot("phone-filters-chart");
    }

    private void assertShows(Controls controls, List<AttackData.Attack> attacks) {
        assertThat(controls.shownCount())
                .hasText("Showing " + AttackData.shown(attacks.size()) + " of "
                        + AttackData.shown(data.attacks().size()) + " attacks");
        assertThat(controls.atlas().page().locator("#totals-attacks")).hasText(AttackData.shown(attacks.size()));
        assertThat(controls.atlas().page().locator("#totals-killed"))
                .hasText(AttackData.shown(AttackData.killed(attacks)));
        assertThat(controls.atlas().map()).hasAttribute("data-points", String.valueOf(attacks.size()));
    }
}
