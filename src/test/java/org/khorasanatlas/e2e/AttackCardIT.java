package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Selecting an attack, by mouse or keyboard, shows its card with the figures and every source as a link. */
@E2ETest
class AttackCardIT {

    private final AttackData data;

    AttackCardIT(AttackData data) {
        this.data = data;
    }

    @Test
    void clickingAMarkerShowsItsCardWithEverySource(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.open("/?year=2021");
        Page page = atlas.page();

        atlas.revealMarker(airport).click();

        assertThat(page.locator("#attack-card-title")).hasText(airport.name());
        Locator links = page.locator("#attack-card .source-list a");
        assertThat(links).hasCount(airport.sources());
        for (int i = 0; i < airport.sources(); i++) {
            assertThat(links.nth(i)).hasAttribute("target", "_blank");
            assertThat(links.nth(i)).hasAttribute("rel", "noopener noreferrer");
        }
        assertThat(page.locator("#attack-card")).containsText("Killed");
        assertThat(page.locator("#attack-card")).containsText("26 August 2021");
        assertThat(page.locator("#attack-card")).containsText("Source of the coordinates: ");
        assertThat(page.locator("#suggest-correction"))
                .hasAttribute("href", Pattern.compile("^mailto:\\?subject=.*" + airport.id()));
        assertThat(atlas.marker(airport.id())).hasClass(Pattern.compile("\\bflm-selected\\b"));
        atlas.screenshot("laptop-2021-card");
    }

    @Test
    void enterOnAFocusedMarkerSelectsIt(AtlasPage atlas) {
        // Any two attacks with a marker of their own (not inside a cluster) in the year's view.
        atlas.open("/?year=2016");
        atlas.awaitAllPointsOnScreen(data.inYear(2016).size());
        Locator dots = atlas.page().locator("flow-leaflet-map .flm-point");
        AttackData.Attack attack = data.byId(dots.nth(0).getAttribute("data-feature-id"));
        AttackData.Attack other = data.byId(dots.nth(1).getAttribute("data-feature-id"));
        Locator icon = atlas.markerIcon(attack.id());
        assertThat(icon).hasAttribute("tabindex", "0");
        assertThat(icon).hasAttribute("role", "button");
        assertThat(icon).hasAttribute("aria-label", Pattern.compile("^" + Texts.literal(attack.name())));

        icon.focus();
        assertThat(icon).isFocused();
        atlas.page().keyboard().press("Enter");

        assertThat(atlas.page().locator("#attack-card-title")).hasText(attack.name());
        assertThat(atlas.page().locator("#attack-card .source-list a")).hasCount(attack.sources());
        assertThat(atlas.marker(attack.id())).hasClass(Pattern.compile("\\bflm-selected\\b"));

        // Space works too, as on any button.
        atlas.markerIcon(other.id()).focus();
        atlas.page().keyboard().press(" ");
        assertThat(atlas.page().locator("#attack-card-title")).hasText(other.name());
    }

    @Test
    void cardLeavesWhenTheYearNoLongerHasItsAttack(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.open("/?year=2021");
        atlas.revealMarker(airport).click();
        assertThat(atlas.page().locator("#attack-card-title")).hasText(airport.name());

        atlas.page().locator("#year-chart button[data-year=\"2020\"]").click();

        assertThat(atlas.page().locator("#totals h2")).hasText("In 2020");
        assertThat(atlas.page().locator("#attack-card-title")).hasCount(0);
        assertThat(atlas.page().locator("#attack-card")).containsText("Select an attack on the map");
    }

    @Test
    void cardTextIsTextNotMarkup(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        atlas.open("/?year=2021");
        atlas.revealMarker(airport).click();
        assertThat(atlas.page().locator("#attack-card-title")).hasText(airport.name());

        assertThat(atlas.page().locator("#attack-card script")).hasCount(0);
        assertThat(atlas.page().locator("#attack-card-title *")).hasCount(0);
    }
}
