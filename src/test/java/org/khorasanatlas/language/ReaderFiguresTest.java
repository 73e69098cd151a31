package org.khorasanatlas.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.DatePrecision;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.TestEvents;

/** Figures and dates in the reader's language: digits, month names, and the Solar Hijri day for Afghan readers. */
class ReaderFiguresTest {

    private final AttackEvent airport = TestEvents.on("2021-08-26").build();

    @Test
    void englishReadsAsTheDataDoes() {
        ReaderFigures english = ReaderFigures.of(Locale.ENGLISH);

        assertThat(english.count(12345)).isEqualTo(Figures.count(12345)).isEqualTo("12,345");
        assertThat(english.year(2021)).isEqualTo("2021");
        assertThat(english.killed(new CasualtyRange(170, 183, 185))).isEqualTo("183 (170–185)");
        assertThat(english.date(airport)).isEqualTo("26 August 2021");
    }

    @Test
    void dariHasPersianDigitsAndTheSolarHijriDayBesideTheGregorianOne() {
        ReaderFigures dari = ReaderFigures.of(Language.DARI.locale());

        assertThat(dari.count(12345)).isEqualTo("۱۲٬۳۴۵");
        assertThat(dari.year(2021)).isEqualTo("۲۰۲۱");
        assertThat(dari.killed(new CasualtyRange(170, 183, 185))).isEqualTo("۱۸۳ (۱۷۰–۱۸۵)");
        assertThat(dari.date(airport)).isEqualTo("۲۶ اگست ۲۰۲۱ (۴ سنبلهٔ ۱۴۰۰)");
    }

    @Test
    void aMonthOrAYearAloneHasNoSolarHijriTwin() {
        AttackEvent inAugust =
                TestEvents.on("2021-08-01").precision(DatePrecision.MONTH).build();

        assertThat(ReaderFigures.of(Language.DARI.locale()).date(inAugust)).isEqualTo("اگست ۲۰۲۱");
    }

    @Test
    void urduKeepsWesternDigitsAndTheGregorianCalendar() {
        ReaderFigures urdu = ReaderFigures.of(Language.URDU.locale());

        assertThat(urdu.count(12345)).isEqualTo("12,345");
        assertThat(urdu.date(airport)).isEqualTo("26 اگست، 2021");
    }

    @Test
    void theDigitsTheReaderChoseAreKeptWithTheLanguagesWordsAndCalendars() {
        ReaderFigures western = ReaderFigures.of(Language.DARI.locale("latn"));
        ReaderFigures eastern = ReaderFigures.of(Language.URDU.locale("arabext"));

        assertThat(western.count(32)).isEqualTo("32");
        assertThat(western.date(airport)).isEqualTo("26 اگست 2021 (4 سنبلهٔ 1400)");
        assertThat(eastern.count(32)).isEqualTo("۳۲");
    }

    @Test
    void aDayOfItsOwnReadsAsAnAttacksDay() {
        assertThat(ReaderFigures.of(Language.DARI.locale()).day(airport.date()))
                .isEqualTo(ReaderFigures.of(Language.DARI.locale()).date(airport));
        assertThat(ReaderFigures.of(Locale.ENGLISH).day(airport.date())).isEqualTo("26 August 2021");
    }

    @Test
    void pashtoGivesTheSolarHijriDayWithItsAfghanMonthAndNoLatinEra() {
        assertThat(ReaderFigures.of(Language.PASHTO.locale()).date(airport)).endsWith("(۴ وږی ۱۴۰۰)");
    }
}
