package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.lean.ReaderPress;
import org.khorasanatlas.select.ReaderChoice;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chart as the time control. Its browser half sends the same pick for a click and for Enter or Space on a
 * focused bar, and the extending pick for Shift with either; {@link YearChartTester} sends those events.
 */
class YearRangeTest extends DashboardTestBase {

    @Test
    void shiftClickMakesARangeFromTheYearPickedBefore() {
        navigate(DashboardView.class);

        chart().pick(2017);
        chart().extendTo(2019);

        assertUrl("from", "2017", "to", "2019");
        assertShowsRange(2017, 2019);
    }

    @Test
    void aRangeGrowsFromItsAnchorInEitherDirection() {
        navigate(DashboardView.class);
        chart().pick(2020);

        chart().extendTo(2018);
        assertUrl("from", "2018", "to", "2020");

        chart().extendTo(2022);
        assertUrl("from", "2020", "to", "2022");
        assertShowsRange(2020, 2022);
    }

    @Test
    void extendingWithNoYearChosenPicksJustThatYear() {
        navigate(DashboardView.class);

        chart().extendTo(2019);

        assertUrl("year", "2019");
        assertThat(pressedYears()).containsExactly(2019);
    }

    @Test
    void aYearPickedInTheSelectIsTheAnchorForShiftClick() {
        navigate(DashboardView.class);
        ReaderChoice.choose(yearSelect(), "2016");

        chart().extendTo(2018);

        assertUrl("from", "2016", "to", "2018");
    }

    @Test
    void draggingAcrossBarsMakesARangeAnchoredWhereTheDragStarted() {
        navigate(DashboardView.class);

        chart().drag(2019, 2016);
        assertUrl("from", "2016", "to", "2019");
        assertShowsRange(2016, 2019);

        chart().extendTo(2021);
        assertUrl("from", "2019", "to", "2021");
    }

    @Test
    void aRangeInTheUrlMarksItsBarsAndJoinsTheYearsSelect() {
        open("from", "2018", "to", "2021");

        assertShowsRange(2018, 2021);
        assertThat(ReaderChoice.labels(yearSelect())).startsWith("All years", "2018–2021", "2015");
    }

    @Test
    void pickingAYearInsideARangeNarrowsToThatYear() {
        open("from", "2018", "to", "2021");

        chart().pick(2019);

        assertUrl("year", "2019");
        assertThat(pressedYears()).containsExactly(2019);
    }

    @Test
    void escapeAndTheAllYearsButtonGoBackToAllYears() {
        open("from", "2018", "to", "2021");

        chart().clear();
        assertUrl();
        assertThat(pressedYears()).isEmpty();
        assertThat(allYearsButton().isEnabled()).isFalse();

        open("year", "2018");
        ReaderPress.click(allYearsButton());
        assertUrl();
        assertThat(totalsHeading()).startsWith("All years, ");
    }

    @Test
    void aRangeKeepsTheOtherFilters() {
        open("country", "PAK");

        chart().pick(2016);
        chart().extendTo(2018);

        assertUrl("from", "2016", "to", "2018", "country", "PAK");
        assertFiltered(attacks(
                EventFilter.allYears().withYears(new YearRange(2016, 2018)).withCountries(Set.of("PAK"))));
    }

    @Test
    void yearsTheChartHasNoBarForAreIgnored() {
        open("year", "2019");
        ObjectNode outside = JsonNodeFactory.instance.objectNode().put(YearChart.YEAR, 1999);
        ObjectNode text = JsonNodeFactory.instance.objectNode().put(YearChart.YEAR, "2019; drop table");

        chart().pickRaw(outside);
        chart().pickRaw(text);
        chart().pickRaw(JsonNodeFactory.instance.objectNode());

        assertUrl("year", "2019");
        assertThat(pressedYears()).containsExactly(2019);
    }

    private void assertShowsRange(int from, int to) {
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        assertThat(pressedYears()).containsExactlyElementsOf(years);
        assertThat(totalsHeading()).isEqualTo(from + "–" + to);
        assertThat(yearSelect().getValue()).isEqualTo(new YearRange(from, to));
        assertFiltered(attacks(EventFilter.allYears().withYears(new YearRange(from, to))));
        assertThat(allYearsButton().isEnabled()).isTrue();
    }

    private LeanButton allYearsButton() {
        return find(LeanButton.class).id("all-years");
    }
}
