package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.lean.ReaderPress;
import org.khorasanatlas.select.NativeSelect;
import org.khorasanatlas.select.ReaderChoice;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;

/** Playback, driven step by step: each poll of the browser is one step, here fired by the test. */
class PlaybackTest extends DashboardTestBase {

    private int firstYear;
    private int lastYear;

    @BeforeEach
    void years() {
        List<YearTotal> totals = catalog.yearTotals();
        firstYear = totals.getFirst().year();
        lastYear = totals.getLast().year();
    }

    @Test
    void playStepsThroughEveryYearUpdatingEverythingTogetherAndStopsAtTheLast() {
        navigate(DashboardView.class);

        ReaderPress.click(toggle());
        assertThat(toggle().getText()).isEqualTo("Pause");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
        for (int year = firstYear; year < lastYear; year++) {
            assertShowsYear(year);
            poll();
        }

        assertShowsYear(lastYear);
        assertThat(toggle().getText()).isEqualTo("Play");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        poll();
        assertShowsYear(lastYear);
    }

    @Test
    void cumulativeStepsAddEachYearToTheOnesBefore() {
        navigate(DashboardView.class);
        ReaderChoice.choose(mode(), "Cumulative");

        ReaderPress.click(toggle());
        poll();
        poll();

        assertUrl("from", String.valueOf(firstYear), "to", String.valueOf(firstYear + 2));
        assertFiltered(attacks(EventFilter.allYears().withYears(new YearRange(firstYear, firstYear + 2))));
        assertThat(pressedYears()).containsExactly(firstYear, firstYear + 1, firstYear + 2);
    }

    @Test
    void pauseKeepsTheStepShownAndPlayGoesOnFromThere() {
        navigate(DashboardView.class);
        ReaderPress.click(toggle());
        poll();

        ReaderPress.click(toggle());
        assertShowsYear(firstYear + 1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        poll();
        assertShowsYear(firstYear + 1);

        ReaderPress.click(toggle());
        assertShowsYear(firstYear + 2);
    }

    @Test
    void playStartsAfterTheYearShown() {
        open("year", "2020");

        ReaderPress.click(toggle());

        assertShowsYear(2021);
    }

    @Test
    void stepsKeepTheOtherFilters() {
        open("country", "PAK", "minKilled", "10");

        ReaderPress.click(toggle());
        poll();

        assertUrl("year", String.valueOf(firstYear + 1), "country", "PAK", "minKilled", "10");
        assertFiltered(catalog.find(
                EventFilter.year(firstYear + 1).withCountries(Set.of("PAK")).withMinKilled(10)));
    }

    @Test
    void theFirstStepIsANewHistoryEntryAndLaterStepsReplaceIt() {
        navigate(DashboardView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        ReaderPress.click(toggle());
        assertThat(historyCalls())
                .anyMatch(js -> js.contains("pushState"))
                .noneMatch(js -> js.contains("replaceState"));

        poll();
        assertThat(historyCalls())
                .anyMatch(js -> js.contains("replaceState"))
                .noneMatch(js -> js.contains("pushState"));
    }

    @Test
    void choosingOtherYearsPausesPlayback() {
        navigate(DashboardView.class);
        ReaderPress.click(toggle());

        chart().pick(2019);

        assertThat(toggle().getText()).isEqualTo("Play");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        poll();
        assertShowsYear(2019);
    }

    @Test
    void theSpeedIsThePollInterval() {
        navigate(DashboardView.class);
        ReaderPress.click(toggle());

        ReaderChoice.choose(speed(), "0.5 s per year");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);
        ReaderChoice.choose(speed(), "2 s per year");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(2000);
    }

    @Test
    void leavingThePageStopsThePolling() {
        navigate(DashboardView.class);
        ReaderPress.click(toggle());
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        getCurrentView().getElement().removeFromParent();

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private void assertShowsYear(int year) {
        assertUrl("year", String.valueOf(year));
        assertThat(totalsHeading()).isEqualTo("In " + year);
        assertThat(pressedYears()).containsExactly(year);
        assertThat(yearSelect().getValue()).isEqualTo(YearRange.of(year));
        assertFiltered(attacks(EventFilter.year(year)));
    }

    /** What the browser does at each tick of the poll interval. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    /** The JavaScript sent to the browser since the last call that touches its history. */
    private static List<String> historyCalls() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(invocation -> invocation.getExpression())
                .filter(js -> js.contains("history"))
                .toList();
    }

    private LeanButton toggle() {
        return find(LeanButton.class).id("playback-toggle");
    }

    @SuppressWarnings("unchecked")
    private NativeSelect<Integer> speed() {
        return find(NativeSelect.class).id("playback-speed");
    }

    @SuppressWarnings("unchecked")
    private NativeSelect<Playback.Mode> mode() {
        return find(NativeSelect.class).id("playback-mode");
    }
}
