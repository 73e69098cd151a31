package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.KeyboardModifier;

/** The chart as the time control: a range of years by Shift-click, by dragging and from the keyboard. */
@E2ETest
class YearRangeIT {

    /** The class the browser gives bars while a drag passes over them, before the server has the range. */
    private static final Pattern DRAGGED = Pattern.compile("\\bdragged\\b");

    private final AttackData data;

    YearRangeIT(AttackData data) {
        this.data = data;
    }

    @Test
    void shiftClickOnASecondBarShowsTheRange(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));

        controls.bar(2017).click();
        controls.awaitQuery("year", "2017");
        controls.bar(2019).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));

        controls.awaitQuery("from", "2017", "to", "2019");
        assertShowsRange(controls, 2017, 2019);
        atlas.screenshot("laptop-range-2017-2019");

        atlas.page().goBack();
        controls.awaitQuery("year", "2017");
        assertThat(controls.heading()).hasText("In 2017");
    }

    @Test
    void draggingAcrossBarsShowsTheRange(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        Page page = atlas.page();
        BoundingBox start = controls.bar(2018).boundingBox();
        BoundingBox end = controls.bar(2016).boundingBox();

        page.mouse().move(start.x + start.width / 2, start.y + start.height / 2);
        page.mouse().down();
        page.mouse().move(end.x + end.width / 2, end.y + end.height / 2, new Mouse.MoveOptions().setSteps(8));
        assertThat(controls.bar(2017)).hasClass(DRAGGED);
        page.mouse().up();

        controls.awaitQuery("from", "2016", "to", "2018");
        assertShowsRange(controls, 2016, 2018);
        assertThat(controls.bar(2017)).not().hasClass(DRAGGED);
    }

    @Test
    void keysMoveBetweenBarsPickAYearExtendTheRangeAndClearIt(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        Page page = atlas.page();
        controls.bar(data.firstYear()).focus();

        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(controls.bar(data.firstYear() + 2)).isFocused();
        page.keyboard().press("Enter");
        controls.awaitQuery("year", String.valueOf(data.firstYear() + 2));

        page.keyboard().press("ArrowRight");
        page.keyboard().press("Shift+Space");
        controls.awaitQuery("from", String.valueOf(data.firstYear() + 2), "to", String.valueOf(data.firstYear() + 3));
        assertThat(controls.bar(data.firstYear() + 3)).isFocused();

        page.keyboard().press("End");
        page.keyboard().press("Shift+Enter");
        controls.awaitQuery("from", String.valueOf(data.firstYear() + 2), "to", String.valueOf(data.lastYear()));
        assertShowsRange(controls, data.firstYear() + 2, data.lastYear());

        page.keyboard().press("Escape");
        controls.awaitQuery();
        assertThat(controls.heading()).hasText("All years, " + data.firstYear() + "–" + data.lastYear());
        assertThat(page.locator("#year-chart button[aria-pressed=\"true\"]")).hasCount(0);
    }

    @Test
    void onlyOneBarIsInTheTabOrderAndItIsTheFirstChosenYear(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/?from=2019&to=2021"));

        assertThat(atlas.page().locator("#year-chart button[tabindex=\"0\"]")).hasCount(1);
        assertThat(controls.bar(2019)).hasAttribute("tabindex", "0");
    }

    private void assertShowsRange(Controls controls, int from, int to) {
        List<AttackData.Attack> attacks = data.matching(a -> a.year() >= from && a.year() <= to);
        assertThat(controls.heading()).hasText(from + "–" + to);
        assertThat(controls.atlas().yearShown()).hasText(from + "–" + to);
        for (int year = data.firstYear(); year <= data.lastYear(); year++) {
            assertThat(controls.bar(year)).hasAttribute("aria-pressed", String.valueOf(year >= from && year <= to));
        }
        assertThat(controls.atlas().page().locator("#totals-attacks")).hasText(AttackData.shown(attacks.size()));
        assertThat(controls.shownCount())
                .hasText("Showing " + AttackData.shown(attacks.size()) + " of "
                        + AttackData.shown(data.attacks().size()) + " attacks");
        assertThat(controls.atlas().map()).hasAttribute("data-points", String.valueOf(attacks.size()));
    }
}
