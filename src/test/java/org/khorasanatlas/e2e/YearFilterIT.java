package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Page;

/** The year filter: the select, the chart bars, the URL and the back button stay in step. */
@E2ETest
class YearFilterIT {

    private final AttackData data;

    YearFilterIT(AttackData data) {
        this.data = data;
    }

    @Test
    void choosingAYearUpdatesUrlAndTotalsAndBackReturns(AtlasPage atlas) {
        atlas.open("/?year=2021");
        Page page = atlas.page();
        assertShowsYear(atlas, 2021);

        atlas.chooseYear("2018");

        assertThat(page).hasURL(Pattern.compile("/\\?year=2018$"));
        assertShowsYear(atlas, 2018);

        atlas.chooseYear("All years");

        assertThat(page).hasURL(Pattern.compile(":\\d+/$"));
        assertShowsAllYears(atlas);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("/\\?year=2018$"));
        assertShowsYear(atlas, 2018);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("/\\?year=2021$"));
        assertShowsYear(atlas, 2021);

        page.goForward();
        assertThat(page).hasURL(Pattern.compile("/\\?year=2018$"));
        assertShowsYear(atlas, 2018);
    }

    @Test
    void clickingABarFiltersToItsYearAndAgainShowsAllYears(AtlasPage atlas) {
        atlas.open("/");
        Page page = atlas.page();
        var bar = page.locator("#year-chart button[data-year=\"2020\"]");
        assertThat(bar).hasAttribute("aria-pressed", "false");

        bar.click();

        assertThat(page).hasURL(Pattern.compile("/\\?year=2020$"));
        assertThat(bar).hasAttribute("aria-pressed", "true");
        assertShowsYear(atlas, 2020);
        atlas.awaitAllPointsOnScreen(data.inYear(2020).size());

        bar.click();

        assertThat(page).hasURL(Pattern.compile(":\\d+/$"));
        assertThat(bar).hasAttribute("aria-pressed", "false");
        assertShowsAllYears(atlas);
    }

    @Test
    void everyYearHasABarWithItsDeathsInItsName(AtlasPage atlas) {
        atlas.open("/");
        var bars = atlas.page().locator("#year-chart button[data-year]");
        assertThat(bars).hasCount(data.lastYear() - data.firstYear() + 1);
        for (int year = data.firstYear(); year <= data.lastYear(); year++) {
            assertThat(atlas.page().locator("#year-chart button[data-year=\"" + year + "\"]"))
                    .hasAttribute(
                            "aria-label",
                            Pattern.compile("^" + year + ": "
                                    + Texts.literal(AttackData.shown(AttackData.killed(data.inYear(year))))
                                    + " killed"));
        }
    }

    @ParameterizedTest(name = "?year={0}")
    @CsvSource({"abc, not a year", "1850, the data covers", "'', ''"})
    void aYearTheDataDoesNotCoverShowsAllYearsWithANotice(String value, String noticeText, AtlasPage atlas) {
        atlas.open("/?year=" + value);
        Page page = atlas.page();

        assertShowsAllYears(atlas);
        assertThat(page.locator("h1")).hasText("Khorasan Atlas");
        if (noticeText.isEmpty()) {
            assertThat(page.locator("#filter-notice")).isHidden();
        } else {
            assertThat(page.locator("#filter-notice")).isVisible();
            assertThat(page.locator("#filter-notice")).containsText(noticeText);
            assertThat(page.locator("#filter-notice")).containsText("showing all years");
        }
    }

    @Test
    void noticeGoesAwayOnceAValidYearIsChosen(AtlasPage atlas) {
        atlas.open("/?year=abc");
        assertThat(atlas.page().locator("#filter-notice")).isVisible();

        atlas.chooseYear("2019");

        assertShowsYear(atlas, 2019);
        assertThat(atlas.page().locator("#filter-notice")).isHidden();
    }

    private void assertShowsYear(AtlasPage atlas, int year) {
        List<AttackData.Attack> attacks = data.inYear(year);
        assertThat(atlas.yearShown()).hasText(String.valueOf(year));
        assertThat(atlas.page().locator("#totals h2")).hasText("In " + year);
        assertThat(atlas.page().locator("#totals-attacks")).hasText(AttackData.shown(attacks.size()));
        assertThat(atlas.page().locator("#totals-killed")).hasText(AttackData.shown(AttackData.killed(attacks)));
        assertThat(atlas.map()).hasAttribute("data-points", String.valueOf(attacks.size()));
    }

    private void assertShowsAllYears(AtlasPage atlas) {
        assertThat(atlas.yearShown()).hasText("All years");
        assertThat(atlas.page().locator("#totals h2"))
                .hasText("All years, " + data.firstYear() + "–" + data.lastYear());
        assertThat(atlas.page().locator("#totals-attacks"))
                .hasText(AttackData.shown(data.attacks().size()));
        assertThat(atlas.page().locator("#totals-killed")).hasText(AttackData.shown(AttackData.killed(data.attacks())));
        assertThat(atlas.map())
                .hasAttribute("data-points", String.valueOf(data.attacks().size()));
    }
}
