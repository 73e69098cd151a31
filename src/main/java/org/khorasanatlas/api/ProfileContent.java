package org.khorasanatlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.language.ResourceUrl;
import org.khorasanatlas.profile.GroupProfile;
import org.khorasanatlas.profile.ProfileFact;
import org.khorasanatlas.profile.ProfileSection;
import org.khorasanatlas.sources.Source;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * The group profile as the dashboard's profile element draws it, in a reader's language: an outline (the heading,
 * the aliases and the sections' titles) that every tab in that language shares as one string, and the sections'
 * facts with their sources, which the browser fetches from {@link #PATH} when a section is first opened. A tab
 * keeps no part of the profile but a reference to the shared outline.
 */
@Component
public class ProfileContent {

    public static final String PATH = "/api/profile-content";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What is drawn before any section is opened. */
    record Outline(
            String heading, String name, String aliasesLabel, String aliases, String failed, List<Section> sections) {}

    record Section(String id, String title) {}

    /** The facts of every section, by section id. */
    record Facts(Map<String, List<Fact>> sections) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fact(String heading, String when, String estimate, String text, List<Link> sources) {}

    /** A source as its link reads: publisher, title and date. */
    record Link(String text, String url) {}

    private final GroupProfile profile;
    private final InterfaceTexts texts;
    private final DatasetVersion dataset;
    private final Map<Locale, String> outlines = new ConcurrentHashMap<>();
    private final Map<Locale, String> facts = new ConcurrentHashMap<>();

    ProfileContent(GroupProfile profile, InterfaceTexts texts, DatasetVersion dataset) {
        this.profile = profile;
        this.texts = texts;
        this.dataset = dataset;
    }

    /** The outline's JSON, one string per locale for every tab. */
    public String outline(Locale locale) {
        return outlines.computeIfAbsent(locale, this::outlineJson);
    }

    /** Where a page in this locale fetches the facts. */
    public String url(Locale locale) {
        // The profile is the same for every filter: the URL of all years carries none.
        return ResourceUrl.of(PATH, EventFilter.allYears(), locale, version());
    }

    String version() {
        return dataset.version();
    }

    /** The facts' JSON in this locale's language and digits. */
    String facts(Locale locale) {
        return facts.computeIfAbsent(locale, this::factsJson);
    }

    private String outlineJson(Locale locale) {
        Translation text = texts.in(locale);
        String colon = text.of("text.colon");
        return JSON.writeValueAsString(new Outline(
                text.of("profile.heading") + colon,
                profile.name(),
                text.of("profile.aliases") + colon,
                String.join(", ", profile.aliases()),
                text.of("profile.failed"),
                profile.sections().stream()
                        .map(section -> new Section(section.id(), section.title()))
                        .toList()));
    }

    private String factsJson(Locale locale) {
        String estimate = texts.in(locale).of("profile.estimate");
        ReaderFigures figures = ReaderFigures.of(locale);
        Map<String, List<Fact>> sections = new LinkedHashMap<>();
        for (ProfileSection section : profile.sections()) {
            sections.put(
                    section.id(),
                    section.facts().stream()
                            .map(fact -> fact(fact, estimate, figures))
                            .toList());
        }
        return JSON.writeValueAsString(new Facts(sections));
    }

    private static Fact fact(ProfileFact fact, String estimate, ReaderFigures figures) {
        Optional<String> range =
                fact.figure().map(figure -> estimate + " " + figures.range(figure.low(), figure.high()));
        return new Fact(
                fact.heading(),
                fact.when().isEmpty() ? null : fact.when(),
                range.orElse(null),
                fact.text(),
                fact.sources().stream().map(ProfileContent::link).toList());
    }

    private static Link link(Source source) {
        return new Link(
                source.publisher() + ": " + source.title() + " (" + source.date() + ")",
                source.url().toString());
    }
}
