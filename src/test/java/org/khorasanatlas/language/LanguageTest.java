package org.khorasanatlas.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which language a reader gets: the link's choice first, then the browser's, then English. */
class LanguageTest {

    @Test
    void aTagNamesALanguageByItsLanguageAlone() {
        assertThat(Language.ofTag("fa-AF")).contains(Language.DARI);
        assertThat(Language.ofTag("fa")).contains(Language.DARI);
        assertThat(Language.ofTag("prs")).contains(Language.DARI);
        assertThat(Language.ofTag("PS")).contains(Language.PASHTO);
        assertThat(Language.ofTag("ur-PK")).contains(Language.URDU);
        assertThat(Language.ofTag("en-GB")).contains(Language.ENGLISH);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.ofTag("<script>")).isEmpty();
        assertThat(Language.ofTag("")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }

    @Test
    void theLinkWinsOverTheBrowser() {
        assertThat(Language.chosen("ps", List.of(Locale.forLanguageTag("ur-PK"))))
                .isEqualTo(Language.PASHTO);
    }

    @Test
    void withoutALinkTheBrowsersFirstLanguageOfOursIsTaken() {
        assertThat(Language.chosen(null, List.of(Locale.GERMAN, Locale.forLanguageTag("ur-PK"), Locale.ENGLISH)))
                .isEqualTo(Language.URDU);
        assertThat(Language.chosen("xx", List.of(Locale.forLanguageTag("fa-IR"))))
                .isEqualTo(Language.DARI);
    }

    @Test
    void anyOtherReaderGetsEnglish() {
        assertThat(Language.chosen(null, List.of(Locale.GERMAN))).isEqualTo(Language.ENGLISH);
        assertThat(Language.chosen(null, List.of())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theRegionsLanguagesReadRightToLeft() {
        assertThat(Language.values())
                .filteredOn(Language::rightToLeft)
                .containsExactly(Language.DARI, Language.PASHTO, Language.URDU);
    }

    @Test
    void aRightToLeftLanguageTakesTheDigitsTheLinkAsksForAndItsLinksKeepThem() {
        Locale western = Language.DARI.locale("latn");

        assertThat(western.toLanguageTag()).isEqualTo("fa-AF-u-nu-latn");
        assertThat(Language.of(western)).isEqualTo(Language.DARI);
        assertThat(Language.linkParameters(western))
                .containsExactly(Map.entry("lang", List.of("fa-AF")), Map.entry("digits", List.of("latn")));
        assertThat(Language.URDU.locale("arabext").toLanguageTag()).isEqualTo("ur-u-nu-arabext");
        assertThat(Language.DARI.locale("roman").toLanguageTag())
                .as("not a choice: CLDR's default, named")
                .isEqualTo("fa-AF-u-nu-arabext");
        assertThat(Language.PASHTO.locale(null).toLanguageTag()).isEqualTo("ps-u-nu-arabext");
        assertThat(Language.URDU.locale(null).toLanguageTag()).isEqualTo("ur-u-nu-latn");
        assertThat(Language.linkParameters(Language.DARI.locale(null)))
                .as("the default digits need no parameter")
                .containsExactly(Map.entry("lang", List.of("fa-AF")));
        assertThat(Language.ENGLISH.locale("arabext"))
                .as("English has no choice")
                .isEqualTo(Locale.ENGLISH);
        assertThat(Language.linkParameters(Locale.ENGLISH)).isEmpty();
    }
}
