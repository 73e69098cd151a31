package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.events.YearTotal;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deaths per year as a bar chart of toggle buttons that is also the time control. The browser half
 * ({@code year-chart.ts}) draws the bars from one property (their texts made here, in the reader's language) and
 * turns clicks, drags and keys into three requests, decided here: pick a year (or, extending, the range from the
 * anchor year to it), pick a dragged range, or clear to all years. Pressing the only selected year again also
 * clears. The server keeps no element per bar: a tab's state is the chosen years.
 */
@Tag("atlas-year-chart")
@JsModule("./dashboard/year-chart.ts")
class YearChart extends Component {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    static final String PICK = "year-pick";
    static final String DRAG = "year-drag";
    static final String CLEAR = "year-clear";
    static final String YEAR = "event.detail.year";
    static final String EXTEND = "event.detail.extend";
    static final String ANCHOR = "event.detail.anchor";

    /** The bars as the browser draws them: their year, their height and their texts. */
    record Bar(int year, String value, String shortYear, String label, String height) {}

    static final String BARS = "bars";
    /** The first and last year marked chosen (aria-pressed); 0 for none. */
    static final String CHOSEN_FROM = "chosenFrom";

    static final String CHOSEN_TO = "chosenTo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Paragraph help = new Paragraph(getTranslation("chart.help"));
    private final List<YearTotal> totals;
    private final Consumer<YearRange> onChoose;
    private YearRange shown = YearRange.all();
    /** The year a range grows from: the last year picked on its own, as in a list with Shift-click. */
    private OptionalInt anchor = OptionalInt.empty();

    YearChart(List<YearTotal> totals, Consumer<YearRange> onChoose) {
        this.totals = totals;
        this.onChoose = onChoose;
        setId("year-chart");
        addClassName("year-chart");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("chart.label"));
        help.setId("year-chart-help");
        help.addClassName("chart-help");
        getElement().setAttribute("aria-describedby", help.getId().orElseThrow());
        int max = totals.stream().mapToInt(t -> t.killed().best()).max().orElse(0);
        // Tabs showing the same totals share one interned string (dropped once no tab holds it).
        getElement()
                .setProperty(
                        BARS,
                        JSON.writeValueAsString(totals.stream()
                                        .map(total -> bar(total, max))
                                        .toList())
                                .intern());
        getElement().addEventListener(PICK, this::onPick).addEventData(YEAR).addEventData(EXTEND);
        getElement().addEventListener(DRAG, this::onDrag).addEventData(ANCHOR).addEventData(YEAR);
        getElement().addEventListener(CLEAR, event -> onChoose.accept(YearRange.all()));
    }

    private Bar bar(YearTotal total, int max) {
        double share = max == 0 ? 0 : (double) total.killed().best() / max;
        String label = getTranslation(
                "chart.bar",
                figures.year(total.year()),
                figures.count(total.killed().best()),
                figures.count(total.attacks()),
                total.attacks());
        return new Bar(
                total.year(),
                figures.count(total.killed().best()),
                figures.year(total.year()).substring(2),
                label,
                String.format(Locale.ROOT, "%.1f%%", Math.max(1.5, share * 100)));
    }

    /** How to use the chart, for everyone to read beside it; screen readers hear it on entering the chart. */
    Paragraph help() {
        return help;
    }

    /** Marks the bars of the years shown; all years marks none, as no year is singled out. */
    void show(YearRange years) {
        shown = years;
        getElement().setProperty(CHOSEN_FROM, years.isAll() ? 0 : years.from());
        getElement().setProperty(CHOSEN_TO, years.isAll() ? 0 : years.to());
        if (years.isAll()) {
            anchor = OptionalInt.empty();
        } else if (anchor.isEmpty() || (anchor.getAsInt() != years.from() && anchor.getAsInt() != years.to())) {
            anchor = OptionalInt.of(years.from());
        }
    }

    private void onPick(DomEvent event) {
        OptionalInt year = year(event.getEventData().path(YEAR));
        if (year.isEmpty()) {
            return;
        }
        int picked = year.getAsInt();
        if (event.getEventData().path(EXTEND).asBoolean(false) && anchor.isPresent()) {
            choose(anchor.getAsInt(), picked);
        } else if (shown.equals(YearRange.of(picked))) {
            onChoose.accept(YearRange.all());
        } else {
            choose(picked, picked);
        }
    }

    private void onDrag(DomEvent event) {
        OptionalInt from = year(event.getEventData().path(ANCHOR));
        OptionalInt to = year(event.getEventData().path(YEAR));
        if (from.isPresent() && to.isPresent()) {
            choose(from.getAsInt(), to.getAsInt());
        }
    }

    private void choose(int anchorYear, int otherYear) {
        anchor = OptionalInt.of(anchorYear);
        onChoose.accept(new YearRange(Math.min(anchorYear, otherYear), Math.max(anchorYear, otherYear)));
    }

    /** A year the chart has a bar for; anything else from the browser is ignored. */
    private OptionalInt year(JsonNode value) {
        if (!value.isInt()) {
            return OptionalInt.empty();
        }
        int year = value.asInt();
        return totals.stream().anyMatch(total -> total.year() == year) ? OptionalInt.of(year) : OptionalInt.empty();
    }
}
