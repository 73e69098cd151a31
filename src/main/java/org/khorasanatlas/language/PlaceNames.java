package org.khorasanatlas.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.Province;
import org.springframework.stereotype.Component;

import com.ibm.icu.util.ULocale;

/**
 * Countries and provinces named in the reader's language where a source names them: countries as CLDR names them
 * (through ICU), provinces by Natural Earth's Persian names for Dari and its Urdu names for Urdu. Natural Earth has no
 * Pashto names, so a Pashto page names provinces in English, as it does any unit Natural Earth leaves unnamed.
 */
@Component
public class PlaceNames {

    /** ISO 3166-1 alpha-3 (the data's codes) to alpha-2 (CLDR's). */
    private static final Map<String, String> ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(code -> Locale.of("", code).getISO3Country(), code -> code));

    private final CountryOutlines countries;

    public PlaceNames(CountryOutlines countries) {
        this.countries = countries;
    }

    /** Names of countries by code, as a reader of {@code locale} reads them; the code itself for a country unknown. */
    public Function<String, String> countries(Locale locale) {
        Language language = Language.of(locale);
        return code -> country(code, language).orElse(code);
    }

    private Optional<String> country(String iso3, Language language) {
        Optional<String> english = countries.name(iso3);
        if (language == Language.ENGLISH || !ALPHA2.containsKey(iso3)) {
            return english;
        }
        String alpha2 = ALPHA2.get(iso3);
        String named = new ULocale("", alpha2).getDisplayCountry(ULocale.forLocale(language.locale()));
        // ICU answers with the code when CLDR has no name in the language.
        return named.equals(alpha2) ? english.or(() -> Optional.of(named)) : Optional.of(named);
    }

    /** A province's name as a reader of {@code locale} reads it, or in English where no source names it so. */
    public PlaceName province(Province province, Locale locale) {
        Optional<String> own = switch (Language.of(locale)) {
            case DARI -> province.namePersian();
            case URDU -> province.nameUrdu();
            case ENGLISH, PASHTO -> Optional.empty();
        };
        return own.map(name -> new PlaceName(name, false)).orElseGet(() -> new PlaceName(province.name(), true));
    }

    /** A name, and whether it is the English one (for a page in another language to mark it {@code lang="en"}). */
    public record PlaceName(String text, boolean english) {}
}
