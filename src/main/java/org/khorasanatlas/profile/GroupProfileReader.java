package org.khorasanatlas.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.geodata.Text;
import org.khorasanatlas.profile.ProfileJson.FactJson;
import org.khorasanatlas.profile.ProfileJson.FigureJson;
import org.khorasanatlas.profile.ProfileJson.SectionJson;
import org.khorasanatlas.sources.Source;
import org.khorasanatlas.sources.SourceJson;
import org.khorasanatlas.sources.SourceReader;
import org.springframework.stereotype.Component;

/** Reads and checks the profile file: every fact needs text and at least one source that the file defines. */
@Component
public class GroupProfileReader {

    private final JsonDataReader json;

    public GroupProfileReader(JsonDataReader json) {
        this.json = json;
    }

    public GroupProfile read(DataFile file) {
        ProfileJson profile = json.readDocument(file, ProfileJson.class);
        ProblemList problems = new ProblemList(file.name());
        if (profile == null) {
            problems.add(0, "", "", "the file must hold a profile object, not null");
            problems.throwIfAny();
        }
        String name = Text.required(profile.name(), problems, 0, "", "name");
        Map<String, Source> sources = sources(profile.sources(), problems);
        List<ProfileSection> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        if (profile.sections() == null || profile.sections().isEmpty()) {
            problems.add(0, "", "sections", "missing or empty");
        } else {
            for (int i = 0; i < profile.sections().size(); i++) {
                SectionJson section = profile.sections().get(i);
                if (section == null) {
                    problems.add(0, "sections[" + i + "]", "sections[" + i + "]", "missing section (null)");
                    continue;
                }
                String item = section.id() == null ? "sections[" + i + "]" : section.id();
                if (section.id() == null || !sectionIds.add(section.id())) {
                    problems.add(0, item, "sections[" + i + "].id", "missing or duplicate section id");
                }
                String title = Text.required(section.title(), problems, 0, item, "title");
                sections.add(new ProfileSection(item, title, facts(section, item, sources, problems)));
            }
        }
        List<String> aliases = profile.aliases() == null ? List.of() : profile.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) == null || aliases.get(i).isBlank()) {
                problems.add(0, "", "aliases[" + i + "]", "missing or empty");
            }
        }
        problems.throwIfAny();
        return new GroupProfile(name, aliases, sections);
    }

    private static Map<String, Source> sources(Map<String, SourceJson> written, ProblemList problems) {
        Map<String, Source> sources = new HashMap<>();
        if (written == null || written.isEmpty()) {
            problems.add(0, "", "sources", "missing or empty");
            return sources;
        }
        written.forEach((key, source) -> SourceReader.read(source, problems, 0, key, "sources." + key)
                .ifPresent(checked -> sources.put(key, checked)));
        return sources;
    }

    private static List<ProfileFact> facts(
            SectionJson section, String item, Map<String, Source> sources, ProblemList problems) {
        List<ProfileFact> facts = new ArrayList<>();
        if (section.facts() == null || section.facts().isEmpty()) {
            problems.add(0, item, "facts", "missing or empty");
            return facts;
        }
        for (int i = 0; i < section.facts().size(); i++) {
            FactJson fact = section.facts().get(i);
            String field = "facts[" + i + "]";
            if (fact == null) {
                problems.add(0, item, field, "missing fact (null)");
                continue;
            }
            String heading = Text.required(fact.heading(), problems, 0, item, field + ".heading");
            String text = Text.required(fact.text(), problems, 0, item, field + ".text");
            List<Source> cited = new ArrayList<>();
            if (fact.sources() == null || fact.sources().isEmpty()) {
                problems.add(0, item, field + ".sources", "every fact needs at least one source");
            } else {
                for (String key : fact.sources()) {
                    Source source = sources.get(key);
                    if (source == null) {
                        problems.add(0, item, field + ".sources", "no source \"" + key + "\" in \"sources\"");
                    } else {
                        cited.add(source);
                    }
                }
            }
            facts.add(new ProfileFact(
                    heading, Text.optional(fact.when()), text, figure(fact.figure(), problems, item, field), cited));
        }
        return facts;
    }

    private static Optional<FigureRange> figure(FigureJson figure, ProblemList problems, String item, String field) {
        if (figure == null) {
            return Optional.empty();
        }
        if (figure.low() == null || figure.high() == null || figure.low() < 0 || figure.low() > figure.high()) {
            problems.add(0, item, field + ".figure", "needs 0 <= low <= high");
            return Optional.empty();
        }
        return Optional.of(new FigureRange(figure.low(), figure.high()));
    }
}
