package org.khorasanatlas.dashboard;

import java.util.List;

import com.vaadin.browserless.ComponentTester;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Sends the chart the events its browser half sends for clicks, drags and keys (see year-chart.ts). */
class YearChartTester extends ComponentTester<YearChart> {

    YearChartTester(YearChart chart) {
        super(chart);
    }

    /** A click on a bar, or Enter/Space on a focused bar. */
    void pick(int year) {
        pick(year, false);
    }

    /** A Shift-click on a bar, or Shift+Enter/Shift+Space on a focused bar. */
    void extendTo(int year) {
        pick(year, true);
    }

    void drag(int fromBar, int toBar) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(YearChart.ANCHOR, fromBar);
        data.put(YearChart.YEAR, toBar);
        fireDomEvent(YearChart.DRAG, data);
    }

    /** Escape on a bar. */
    void clear() {
        fireDomEvent(YearChart.CLEAR);
    }

    /** The years of the bars the browser marks as chosen (aria-pressed), from the chart's properties. */
    List<Integer> pressedYears() {
        int from = getComponent().getElement().getProperty(YearChart.CHOSEN_FROM, 0);
        int to = getComponent().getElement().getProperty(YearChart.CHOSEN_TO, 0);
        return bars().stream()
                .map(YearChart.Bar::year)
                .filter(year -> from != 0 && year >= from && year <= to)
                .toList();
    }

    /** The bars the browser draws. */
    List<YearChart.Bar> bars() {
        return List.of(JsonMapper.builder()
                .build()
                .readValue(getComponent().getElement().getProperty(YearChart.BARS), YearChart.Bar[].class));
    }

    /** What a tampered browser could send instead of a year. */
    void pickRaw(ObjectNode data) {
        fireDomEvent(YearChart.PICK, data);
    }

    private void pick(int year, boolean extend) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(YearChart.YEAR, year);
        data.put(YearChart.EXTEND, extend);
        fireDomEvent(YearChart.PICK, data);
    }
}
