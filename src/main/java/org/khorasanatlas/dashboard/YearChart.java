package org.khorasanatlas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.YearTotal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * Deaths per year as a bar chart of buttons: a bar is a keyboard-reachable control that selects its year,
 * and pressing the selected bar again goes back to all years.
 */
class YearChart extends Div {

    private final List<NativeButton> bars = new ArrayList<>();
    private final List<YearTotal> totals;

    YearChart(List<YearTotal> totals, IntConsumer onYear, Runnable onAllYears) {
        this.totals = totals;
        setId("year-chart");
        addClassName("year-chart");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Deaths per year (best estimate). Press a bar to show that year.");
        int max = totals.stream().mapToInt(t -> t.killed().best()).max().orElse(0);
        for (YearTotal total : totals) {
            Div fill = new Div();
            fill.addClassName("bar-fill");
            double share = max == 0 ? 0 : (double) total.killed().best() / max;
            fill.getStyle().set("height", String.format(java.util.Locale.ROOT, "%.1f%%", Math.max(1.5, share * 100)));
            Span value = new Span(Figures.count(total.killed().best()));
            value.addClassName("bar-value");
            Span year = new Span(String.valueOf(total.year()).substring(2));
            year.addClassName("bar-year");
            NativeButton bar = new NativeButton();
            bar.add(value, fill, year);
            bar.addClassName("bar");
            String label = total.year() + ": " + Figures.count(total.killed().best()) + " killed in "
                    + Figures.count(total.attacks()) + (total.attacks() == 1 ? " attack" : " attacks");
            bar.getElement().setAttribute("aria-label", label);
            bar.getElement().setAttribute("title", label);
            bar.getElement().setAttribute("data-year", String.valueOf(total.year()));
            bar.addClickListener(click -> {
                if ("true".equals(bar.getElement().getAttribute("aria-pressed"))) {
                    onAllYears.run();
                } else {
                    onYear.accept(total.year());
                }
            });
            bars.add(bar);
            add(bar);
        }
    }

    void highlight(OptionalInt year) {
        for (int i = 0; i < bars.size(); i++) {
            boolean selected = year.isPresent() && totals.get(i).year() == year.getAsInt();
            bars.get(i).getElement().setAttribute("aria-pressed", String.valueOf(selected));
        }
    }
}
