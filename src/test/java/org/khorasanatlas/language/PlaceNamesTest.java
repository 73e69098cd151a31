package org.khorasanatlas.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.TestCountries;

/** Countries by CLDR, provinces by Natural Earth, English where neither names a place in the language. */
class PlaceNamesTest {

    private static final Province KABUL =
            new Province("afg-kabul", "Kabul", "AFG", Optional.of("ولایت کابل"), Optional.of("کابل صوبہ"));
    private static final Province UNNAMED = new Province("afg-x", "Nowhere", "AFG", Optional.empty(), Optional.empty());

    private final PlaceNames names = new PlaceNames(TestCountries.shipped());

    @Test
    void countriesAreNamedAsCldrNamesThemInEachLanguage() {
        assertThat(names.countries(Language.ENGLISH.locale()).apply("AFG")).isEqualTo("Afghanistan");
        assertThat(names.countries(Language.DARI.locale()).apply("AFG")).isEqualTo("افغانستان");
        assertThat(names.countries(Language.PASHTO.locale()).apply("PAK")).isEqualTo("پاکستان");
        assertThat(names.countries(Language.URDU.locale()).apply("IRN")).isEqualTo("ایران");
        assertThat(names.countries(Language.DARI.locale()).apply("XXX"))
                .as("a code unknown")
                .isEqualTo("XXX");
    }

    @Test
    void provincesAreNamedByNaturalEarthWhereItNamesThemAndInEnglishElse() {
        assertThat(names.province(KABUL, Language.DARI.locale())).isEqualTo(new PlaceName("ولایت کابل", false));
        assertThat(names.province(KABUL, Language.URDU.locale())).isEqualTo(new PlaceName("کابل صوبہ", false));
        assertThat(names.province(KABUL, Language.PASHTO.locale()))
                .as("Natural Earth has no Pashto names")
                .isEqualTo(new PlaceName("Kabul", true));
        assertThat(names.province(UNNAMED, Language.DARI.locale())).isEqualTo(new PlaceName("Nowhere", true));
        assertThat(names.province(KABUL, Language.ENGLISH.locale())).isEqualTo(new PlaceName("Kabul", true));
    }
}
