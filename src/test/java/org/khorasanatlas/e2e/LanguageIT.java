package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        // The language, and its digits named, so the browser's own number formats write them as the server does.
        assertThat(page.locator("html")).hasAttribute("lang", "fa-AF-u-nu-arabext");
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
    void theSwitcherKeepsTheFilterTheSelectedAttackAndTheMapsView(AtlasPage atlas) {
        atlas.open("/?year=2021&event=" + DashboardIT.KABUL_AIRPORT + "&lat=34.5281&lng=69.1723&zoom=12");
        Page page = atlas.page();
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");

        page.locator("#language-ur").click();

        page.waitForURL(Pattern.compile(".*lang=ur.*"));
        assertThat(page.url())
                .contains("year=2021", "event=" + DashboardIT.KABUL_AIRPORT, "lat=34.5281", "lng=69.1723", "zoom=12");
        assertThat(page.locator("h1")).hasText("خراسان اٹلس");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#attack-card-title")).isVisible();
        atlas.screenshot("language-urdu-2021-card");
    }

    @Test
    void withoutALinkTheBrowsersLanguageIsTaken(AtlasPage atlas) {
        atlas.inBrowserLanguage("ps-AF").open("/?year=2021");

        assertThat(atlas.page().locator("h1")).hasText("خراسان اطلس");
        assertThat(atlas.page().locator("html")).hasAttribute("lang", "ps-u-nu-arabext");
        // The map's counts in the panel's digits (Chromium's own default for Pashto is Western).
        assertThat(atlas.page().locator("flow-leaflet-map .flm-cluster-icon").first())
                .hasText(Pattern.compile("^[۰-۹]+$"));
        atlas.screenshot("language-pashto-2021");
    }

    @Test
    void theKabulAirportCardInDariGivesTheSolarHijriDayAndTheProvinceInDari(AtlasPage atlas) {
        atlas.open("/?year=2021&lang=fa-AF&event=" + DashboardIT.KABUL_AIRPORT);
        Page page = atlas.page();

        // 4 Sonbola 1400, with CLDR's fa-AF month name, beside 26 August 2021.
        assertThat(page.locator("#attack-card")).containsText("۲۶ اگست ۲۰۲۱ (۴ سنبلهٔ ۱۴۰۰)");
        assertThat(page.locator("#attack-card")).containsText("ولایت کابل");
        assertThat(page.locator("#attack-card")).containsText("افغانستان");
        // The attack's name stays English, marked as such, and the card says so in Dari.
        assertThat(page.locator("#attack-card-title")).hasAttribute("lang", "en");
        assertThat(page.locator("#attack-card")).containsText("به انگلیسی");
    }

    @Test
    void noInterfaceTextIsLeftInEnglish(AtlasPage atlas) {
        for (String language : new String[] {"fa-AF", "ps", "ur"}) {
            atlas.open("/?year=2021&lang=" + language + "&event=" + DashboardIT.KABUL_AIRPORT);
            Page page = atlas.page();
            assertThat(page.locator("#attack-card-title")).isVisible();
            assertThat(page.locator("#province-table tbody tr[data-id]").first())
                    .isVisible();
            assertThat(page.locator("#attack-table tbody tr[data-id]").first()).isVisible();

            assertThat(englishWordsShown(page))
                    .as("English words on the page in " + language)
                    .isEmpty();
        }
    }

    @Test
    void theDigitsLinkSwitchesDariToWesternDigitsAndTheLinksKeepThem(AtlasPage atlas) {
        atlas.open("/?year=2021&lang=fa-AF");
        Page page = atlas.page();
        assertThat(page.locator("#totals")).containsText("۳۲");

        page.locator("#digits-switch").click();

        page.waitForURL(Pattern.compile(".*digits=latn.*"));
        assertThat(page.locator("html")).hasAttribute("lang", "fa-AF-u-nu-latn");
        assertThat(page.locator("h1")).hasText("اطلس خراسان");
        assertThat(page.locator("#totals")).containsText("32");
        assertThat(page.locator("#totals")).not().containsText("۳۲");
        page.locator("#all-years").click();
        // All years, still in Dari with Western digits (the router keeps no order of parameters).
        page.waitForURL(Pattern.compile(".*/\\?(lang=fa-AF&digits=latn|digits=latn&lang=fa-AF)$"));
    }

    @Test
    void eachLanguageOnALaptopAndAPhone(AtlasPage atlas) {
        List<String> languages = List.of("fa-AF", "ps", "ur");
        for (String language : languages) {
            atlas.open("/?year=2021&lang=" + language + "&event=" + DashboardIT.KABUL_AIRPORT);
            assertThat(atlas.page().locator("#attack-card-title")).isVisible();
            atlas.screenshot("language-" + language + "-laptop");
        }
        atlas.asPhone();
        for (String language : languages) {
            atlas.open("/?year=2021&lang=" + language);
            assertThat(atlas.page().locator("html")).hasAttribute("dir", "rtl");
            assertThat(atlas.page().locator("h1")).isVisible();
            atlas.screenshot("language-" + language + "-phone");
        }
    }

    /**
     * Latin-script words in the page's visible text outside what is marked English ({@code lang="en"}: the data's
     * names, notes and sources) and outside the map's drawing (the base map's town names, from GeoNames). Addresses
     * and the names that stay Latin in every language (the group's acronyms, file formats, the map's credits) are
     * allowed.
     */
    @SuppressWarnings("unchecked")
    private static List<String> englishWordsShown(Page page) {
        return (List<String>) page.evaluate("""
                (allowed) => {
                  const found = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const element = node.parentElement;
                    if (!element || element.closest('script, style, .leaflet-pane')) continue;
                    const language = element.closest('[lang]')?.lang ?? '';
                    if (language === 'en' || language.startsWith('en-')) continue;
                    if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                    const text = node.textContent.replace(/\\S+:\\/\\/\\S+/g, ' ');
                    for (const word of text.match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? []) {
                      if (word.length > 1 && !allowed.includes(word)) found.push(word + ' in <' + element.localName + ' id="'
                          + (element.id || element.closest('[id]')?.id || '') + '">: ' + text.trim().slice(0, 80));
                    }
                  }
                  return found;
                }""", ALLOWED_LATIN);
    }

    /** Names and abbreviations that are written in Latin letters in Dari, Pashto and Urdu texts too. */
    private static final List<String> ALLOWED_LATIN = List.of(
            "ISKP", "ISIS-K", "Leaflet", "CSV", "GeoJSON", "PNG", "SVG", "Tab", "Enter", "Shift", "Escape", "Space",
            "km");
}
