package org.khorasanatlas.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.khorasanatlas.events.Figures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the panel must say after a year change, per year, taken from the app's own {@code /api/summary}: the
 * heading ("In 2021"), the count ("Showing 7 of 103 attacks") and the best estimate of deaths, each as one text.
 */
record YearTexts(Map<Integer, List<String>> byYear) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    YearTexts {
        byYear = Map.copyOf(byYear);
    }

    /** From the answer of {@code /api/summary} for all years. */
    static YearTexts fromSummary(String summaryJson) {
        JsonNode summary = JSON.readTree(summaryJson);
        int total = summary.get("totalAttacks").asInt();
        Map<Integer, List<String>> texts = new HashMap<>();
        for (JsonNode year : summary.get("years")) {
            int attacks = year.get("attacks").asInt();
            texts.put(
                    year.get("year").asInt(),
                    List.of(
                            "In " + year.get("year").asInt(),
                            "Showing " + Figures.count(attacks) + " of " + Figures.count(total)
                                    + (total == 1 ? " attack" : " attacks"),
                            Figures.count(year.get("killed").get("best").asInt())));
        }
        return new YearTexts(texts);
    }

    List<String> forYear(int year) {
        List<String> texts = byYear.get(year);
        if (texts == null) {
            throw new IllegalStateException("no totals known for " + year + " (years: " + byYear.keySet() + ")");
        }
        return texts;
    }
}
