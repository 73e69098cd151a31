package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The dashboard in Dari, Pashto and Urdu: chosen by the link or the browser, right to left, the map still a map,
 * and the filter kept when the reader switches language or changes the view.
 */
@E2ETest
class LanguageIT {

    @Test
    void aDariLinkOpensTheDashboardInDariRightToLeftAndKeepsTheLanguageAndTheFilter(AtlasPage atlas) {
        atlas.open("/?year=2021&lang=fa-AF");
        Page page = atlas.page();

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "fa-AF");
        assertThat(page.locator("h1")).hasText("اطلس خراسان");
        assertThat(page.locator("#shown-count")).containsText("نمایش");
        assertThat(page.locator("#language-fa-AF")).hasAttribute("aria-current", "true");
        // Right to left: the panel sits left of the map; the map itself keeps west on the left.
        double mapLeft = page.locator(".attack-map").boundingBox().x;
        double panelLeft = page.locator("#side-panel").boundingBox().x;
        assertThat(panelLeft).isLessThan(mapLeft);
        assertThat(page.locator(".attack-map").evaluate("map => getComputedStyle(map).direction"))
                .isEqualTo("ltr");
        atlas.screenshot("language-dari-2021");

        page.locator("#all-years").click();
        // All years, still in Dari: the link holds the language and nothing else.
        page.waitForURL(Pattern.compile(".*/\\?lang=fa-AF$"));

        page.locator("#language-en").click();
        page.waitForURL(Pattern.compile(".*lang=en.*"));
        assertThat(page.locator("h1")).hasText("Khorasan Atlas");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
    }

    @Test
    void theSwitcherKeepsTheFilterAndTheSelectedAttack(AtlasPage atlas) {
        atlas.open("/?year=2021&event=" + DashboardIT.KABUL_AIRPORT);
        Page page = atlas.page();

        page.locator("#language-ur").click();

        page.waitForURL(Pattern.compile(".*lang=ur.*"));
        assertThat(page.url()).contains("year=2021", "event=" + DashboardIT.KABUL_AIRPORT);
        assertThat(page.locator("h1")).hasText("خراسان اٹلس");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#attack-card-title")).isVisible();
        atlas.screenshot("language-urdu-2021-card");
    }

    @Test
    void withoutALinkTheBrowsersLanguageIsTaken(AtlasPage atlas) {
        atlas.page().setExtraHTTPHeaders(Map.of("Accept-Language", "ps-AF,ps;q=0.9,en;q=0.5"));
        atlas.open("/?year=2020");

        assertThat(atlas.page().locator("h1")).hasText("خراسان اطلس");
        assertThat(atlas.page().locator("html")).hasAttribute("lang", "ps");
        atlas.screenshot("language-pashto-2020");
    }
}
