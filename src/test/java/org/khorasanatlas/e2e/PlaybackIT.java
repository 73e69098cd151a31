package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** Playback: the years one after another in map, totals, chart and URL, with pause and the back button. */
@E2ETest
class PlaybackIT {

    private final AttackData data;

    PlaybackIT(AttackData data) {
        this.data = data;
    }

    @Test
    void playRunsThroughTheYearsAndStopsAtTheLastThenBackReturnsToTheViewBeforePlay(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/?country=AFG"));
        Page page = atlas.page();
        controls.select("playback-speed", "0.5 s per year");
        List<String> years = new CopyOnWriteArrayList<>();
        page.onFrameNavigated(frame -> {
            String year = frame == page.mainFrame() ? URI.create(frame.url()).getQuery() : null;
            if (year != null && year.matches(".*\\byear=\\d{4}.*")) {
                years.add(year.replaceAll(".*\\byear=(\\d{4}).*", "$1"));
            }
        });

        controls.playToggle().click();

        assertThat(controls.playToggle()).hasText("Pause");
        controls.awaitQuery("year", String.valueOf(data.lastYear()), "country", "AFG");
        List<String> everyYear = IntStream.rangeClosed(data.firstYear(), data.lastYear())
                .mapToObj(String::valueOf)
                .toList();
        assertEquals(everyYear, years.stream().distinct().toList(), "the years the URL went through");
        assertThat(controls.playToggle()).hasText("Play");
        assertThat(controls.heading()).hasText("In " + data.lastYear());
        assertThat(controls.bar(data.lastYear())).hasAttribute("aria-pressed", "true");
        int shown = data.matching(
                        a -> a.year() == data.lastYear() && a.country().equals("AFG"))
                .size();
        assertThat(atlas.map()).hasAttribute("data-points", String.valueOf(shown));

        page.goBack();
        controls.awaitQuery("country", "AFG");
        assertThat(controls.heading()).hasText("All years, " + data.firstYear() + "–" + data.lastYear());
    }

    @Test
    void pauseKeepsTheStepOnScreenAndInTheUrl(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        Page page = atlas.page();

        controls.playToggle().click();
        controls.awaitQuery("year", String.valueOf(data.firstYear() + 1));
        controls.playToggle().click();
        assertThat(controls.playToggle()).hasText("Play");
        Map<String, String> paused = controls.query();
        String year = paused.get("year");
        atlas.screenshot("laptop-playback-paused");

        page.waitForTimeout(2_500); // longer than two steps at the default speed: nothing may move
        assertEquals(paused, controls.query());
        assertThat(controls.heading()).hasText("In " + year);
        assertThat(controls.bar(Integer.parseInt(year))).hasAttribute("aria-pressed", "true");

        controls.playToggle().click();
        controls.awaitQuery("year", String.valueOf(Integer.parseInt(year) + 1));
        controls.playToggle().click();
    }

    @Test
    void cumulativePlaybackAddsUpTheYears(AtlasPage atlas) {
        Controls controls = new Controls(atlas.open("/"));
        controls.select("playback-mode", "Cumulative");
        controls.select("playback-speed", "0.5 s per year");

        controls.playToggle().click();
        controls.awaitQuery("from", String.valueOf(data.firstYear()), "to", String.valueOf(data.firstYear() + 2));
        controls.playToggle().click();

        Map<String, String> paused = controls.query();
        int to = Integer.parseInt(paused.get("to"));
        int expected = data.matching(a -> a.year() <= to).size();
        assertThat(controls.heading()).hasText(data.firstYear() + "–" + to);
        assertThat(atlas.page().locator("#totals-attacks")).hasText(AttackData.shown(expected));
        assertThat(atlas.page().locator("#year-chart button[aria-pressed=\"true\"]"))
                .hasCount(to - data.firstYear() + 1);
    }
}
