package org.khorasanatlas.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.select.NativeSelect;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * Plays the years one after another, each step shown like any other choice of years. The browser asks for
 * the next step by polling at the chosen speed, so no server thread runs and nothing is left behind when the
 * page goes away. Any other change of years (a click, the back button) pauses it. Play resumes after the
 * step shown, or starts at the first year.
 */
class Playback extends Div {

    /** Whether a step shows its year alone or every year from the first up to it. */
    enum Mode {
        YEAR_BY_YEAR("playback.mode.year-by-year"),
        CUMULATIVE("playback.mode.cumulative");

        private final String labelKey;

        Mode(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    /** Receives each step; the first of a run gets its own history entry, later ones replace it. */
    interface Steps {
        void show(YearRange years, boolean firstOfRun);
    }

    private static final List<Integer> SPEEDS_MS = List.of(500, 1000, 2000);

    private final int firstYear;
    private final int lastYear;
    private final Steps steps;
    private final LeanButton toggle = new LeanButton("");
    private final NativeSelect<Integer> speed;
    private final NativeSelect<Mode> mode;
    private YearRange shown = YearRange.all();
    /** While playing: the year of the step shown, the years it shows, and the browser polling for the next. */
    private OptionalInt step = OptionalInt.empty();

    private YearRange stepYears;
    private UI polling;
    private Registration pollListener;

    Playback(int firstYear, int lastYear, Steps steps) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.steps = steps;
        setId("playback");
        addClassName("playback");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("playback.label"));

        toggle.setId("playback-toggle");
        toggle.addClickListener(() -> {
            if (isPlaying()) {
                pause();
            } else {
                play();
            }
        });

        speed = new NativeSelect<>(
                getTranslation("playback.speed"),
                String::valueOf,
                ms -> getTranslation(
                        "playback.speed.value",
                        BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString()));
        speed.setId("playback-speed");
        speed.setItems(SPEEDS_MS);
        speed.setValue(1000);
        speed.addChooseListener(ms -> {
            if (isPlaying()) {
                polling.setPollInterval(ms);
            }
        });

        mode = new NativeSelect<>(getTranslation("playback.mode"), Mode::name, m -> getTranslation(m.labelKey));
        mode.setId("playback-mode");
        mode.setItems(List.of(Mode.values()));
        mode.setValue(Mode.YEAR_BY_YEAR);

        showPaused();
        add(toggle, speed, mode);
    }

    boolean isPlaying() {
        return step.isPresent();
    }

    /** Called with the years of every view: a change that is not the step just taken pauses the playback. */
    void show(YearRange years) {
        shown = years;
        if (isPlaying() && !years.equals(stepYears)) {
            pause();
        }
    }

    void play() {
        UI ui = getUI().orElseThrow(() -> new IllegalStateException("Playback needs to be on a page"));
        polling = ui;
        pollListener = ui.addPollListener(poll -> step());
        ui.setPollInterval(speed.getValue());
        showToggle(getTranslation("playback.pause"), "pause-glyph");
        showStep(resumeYear(), true);
    }

    /** Takes the next step; the browser's poll calls it. */
    void step() {
        if (isPlaying()) {
            showStep(step.getAsInt() + 1, false);
        }
    }

    void pause() {
        step = OptionalInt.empty();
        stepYears = null;
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
            polling.setPollInterval(-1);
            polling = null;
        }
        showPaused();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pause();
        super.onDetach(detachEvent);
    }

    private void showStep(int year, boolean firstOfRun) {
        step = OptionalInt.of(year);
        stepYears = mode.getValue() == Mode.CUMULATIVE ? new YearRange(firstYear, year) : YearRange.of(year);
        steps.show(stepYears, firstOfRun);
        if (year >= lastYear) {
            pause();
        }
    }

    /** The year after the step the view shows, if it shows one that is not the last; else the first year. */
    private int resumeYear() {
        OptionalInt shownStep = shown.isAll()
                ? OptionalInt.empty()
                : mode.getValue() == Mode.CUMULATIVE
                        ? (shown.from() == firstYear ? OptionalInt.of(shown.to()) : OptionalInt.empty())
                        : shown.single();
        return shownStep.isPresent() && shownStep.getAsInt() < lastYear ? shownStep.getAsInt() + 1 : firstYear;
    }

    private void showPaused() {
        showToggle(getTranslation("playback.play"), "play-glyph");
    }

    /** The glyph is drawn in CSS: an icon set would add a quarter of a megabyte to the page for two shapes. */
    private void showToggle(String text, String glyph) {
        Span icon = new Span();
        icon.addClassName(glyph);
        icon.getElement().setAttribute("aria-hidden", "true");
        toggle.setPrefix(icon, text);
    }
}
