package org.khorasanatlas.language;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;

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

    /**
     * The query parameter that chooses the digits of a right-to-left language: {@code latn} (Western, 123) or
     * {@code arabext} (Eastern Arabic-Indic, ۱۲۳), CLDR's names. Without it each language has CLDR's default (Eastern
     * for Dari and Pashto, Western for Urdu).
     */
    public static final String DIGITS_PARAMETER = "digits";

    private static final Set<String> DIGITS = Set.of("latn", "arabext");

    /** The Unicode locale key that names a numbering system. */
    private static final String NUMBERS = "nu";

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

    /**
     * The locale of a page, naming its digits for a language that offers a choice: those asked for if they are one of
     * the choices, else CLDR's default. Named, not left to the default, because browsers do not all share ICU's
     * defaults (Chromium writes Pashto with Western digits), and the page's {@code lang} carries this locale.
     */
    public Locale locale(String digits) {
        if (!rightToLeft) {
            return locale();
        }
        String chosen = digits != null && DIGITS.contains(digits) ? digits : defaultDigits();
        return new Locale.Builder()
                .setLocale(locale())
                .setUnicodeLocaleKeyword(NUMBERS, chosen)
                .build();
    }

    /** CLDR's digits for the language: Eastern Arabic-Indic ({@code arabext}) for Dari and Pashto, Western for Urdu. */
    String defaultDigits() {
        return NumberingSystem.getInstance(ULocale.forLocale(locale())).getName();
    }

    /** The link parameters that give a page this locale: none for English, the digits only if not the default. */
    public static Map<String, List<String>> linkParameters(Locale locale) {
        Language language = of(locale);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (language != ENGLISH) {
            parameters.put(PARAMETER, List.of(language.tag()));
        }
        String digits = locale.getUnicodeLocaleType(NUMBERS);
        if (digits != null && !digits.equals(language.defaultDigits())) {
            parameters.put(DIGITS_PARAMETER, List.of(digits));
        }
        return parameters;
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
