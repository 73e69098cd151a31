package org.khorasanatlas.profile;

import java.util.List;
import java.util.Map;

import org.khorasanatlas.sources.SourceJson;

/** geodata/profile.json as written (see geodata/README.md). */
record ProfileJson(String name, List<String> aliases, Map<String, SourceJson> sources, List<SectionJson> sections) {

    record SectionJson(String id, String title, List<FactJson> facts) {}

    record FactJson(String heading, String when, FigureJson figure, String text, List<String> sources) {}

    record FigureJson(Integer low, Integer high) {}
}
