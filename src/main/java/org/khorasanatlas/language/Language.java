package org.khorasanatlas.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language of the interface: its tag in links ({@code ?lang=fa-AF}), its name in itself (how a reader who does
 * not read the current language still finds theirs), its locale for the message bundles, and its direction.
 */
public enum Language {
    ENGLISH("en", "English", false, false),
    DARI("fa-AF", "دری", true, true),
    PASHTO("ps", "پښتو", true, true),
    URDU("ur", "اردو", true, false);

    /** The query parameter that chooses a language, so a shared link keeps it. */
    public static final String PARAMETER = "lang";

    private final String tag;
    private final String endonym;
    private final boolean rightToLeft;
    private final boolean solarHijriBeside;

    Language(String tag, String endonym, boolean rightToLeft, boolean solarHijriBeside) {
        this.tag = tag;
        this.endonym = endonym;
        this.rightToLeft = rightToLeft;
        this.solarHijriBeside = solarHijriBeside;
    }

    public String tag() {
        return tag;
    }

    public String endonym() {
        return endonym;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Whether a day is also given in the Solar Hijri calendar, as Afghan sources (Dari, Pashto) date events. */
    public boolean solarHijriBeside() {
        return solarHijriBeside;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language a tag names: the exact tag, or its language alone ({@code fa}, {@code ur-PK}); Dari's own code prs too. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.strip());
        String language = asked.getLanguage().equals("prs") ? "fa" : asked.getLanguage();
        return Arrays.stream(values())
                .filter(candidate -> candidate.locale().getLanguage().equals(language))
                .findFirst();
    }

    /** The language of a locale the UI has; English for any other. */
    public static Language of(Locale locale) {
        return ofTag(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /**
     * What a reader gets: the link's {@code lang} if it names one of ours, else the first of the browser's languages
     * (Accept-Language, best first) that is one of ours, else English.
     */
    public static Language chosen(String linkParameter, List<Locale> accepted) {
        return ofTag(linkParameter)
                .or(() -> accepted.stream()
                        .map(locale -> ofTag(locale.toLanguageTag()))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(ENGLISH);
    }
}
