package org.khorasanatlas.language;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.Figures;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Figures and dates as a reader of the page's language reads them (ICU): its digits and separators (Eastern
 * Arabic-Indic for Dari and Pashto, as CLDR has them), its month names, and for Dari and Pashto the Solar Hijri date
 * beside the Gregorian one, since Afghan sources date events that way. In English they read as {@link Figures}.
 * One per view: ICU's formats are not shared between threads.
 */
public final class ReaderFigures {

    private static final String DAY_SKELETON = "yMMMMd";
    private static final String MONTH_SKELETON = "yMMMM";
    private static final String YEAR_SKELETON = "y";
    private static final String SOLAR_HIJRI_DAY = "d MMMM y";

    private final Language language;
    private final ULocale gregorian;
    /**
     * ICU's formats, made at the first figure that needs them: English needs none, and each costs about 1.2 KB
     * in every component of every open tab that has a ReaderFigures.
     */
    private NumberFormat numbers;

    private NumberFormat years;

    private ReaderFigures(Language language, Locale locale) {
        this.language = language;
        // The locale may name its digits ("fa-AF-u-nu-latn"): ICU keeps that keyword.
        this.gregorian = ULocale.forLocale(locale).setKeywordValue("calendar", "gregorian");
    }

    public static ReaderFigures of(Locale locale) {
        return new ReaderFigures(Language.of(locale), locale);
    }

    public String count(int value) {
        if (language == Language.ENGLISH) {
            return Figures.count(value);
        }
        if (numbers == null) {
            numbers = NumberFormat.getIntegerInstance(gregorian);
        }
        return numbers.format(value);
    }

    /** A year as a number: the language's digits, no thousands separator ("۲۰۲۱"). */
    public String year(int year) {
        if (language == Language.ENGLISH) {
            return String.valueOf(year);
        }
        if (years == null) {
            years = NumberFormat.getIntegerInstance(gregorian);
            years.setGroupingUsed(false);
        }
        return years.format(year);
    }

    public String range(int low, int high) {
        return Figures.range(low, high, this::count);
    }

    public String killed(CasualtyRange killed) {
        return Figures.killed(killed, this::count);
    }

    /** "26 August 2021"; in Dari "۲۶ اگست ۲۰۲۱ (۴ سنبلهٔ ۱۴۰۰)". A month or a year alone has no Solar Hijri twin. */
    public String date(AttackEvent event) {
        if (language == Language.ENGLISH) {
            return Figures.date(event);
        }
        return switch (event.datePrecision()) {
            case DAY -> day(event.date());
            case MONTH -> format(event.date(), MONTH_SKELETON, gregorian);
            case YEAR -> format(event.date(), YEAR_SKELETON, gregorian);
        };
    }

    /** A day, as {@link #date} gives an attack's day. */
    public String day(LocalDate date) {
        if (language == Language.ENGLISH) {
            return Figures.day(date);
        }
        String day = format(date, DAY_SKELETON, gregorian);
        if (!language.solarHijriBeside()) {
            return day;
        }
        // A pattern, not a skeleton: CLDR's Pashto Solar Hijri day carries the era in Latin letters ("AP").
        SimpleDateFormat solarHijri =
                new SimpleDateFormat(SOLAR_HIJRI_DAY, gregorian.setKeywordValue("calendar", "persian"));
        solarHijri.setTimeZone(TimeZone.GMT_ZONE);
        return day + " (" + solarHijri.format(instant(date)) + ")";
    }

    /**
     * What a browser needs to write this language's dates as {@link #date} does, where its own {@code Intl} lacks the
     * language (Chromium has no Pashto): CLDR's patterns for a day, a month and a year ({@code d}, {@code MMMM} and
     * {@code y} between literals), the Gregorian month names and, for Dari and Pashto, the Solar Hijri ones.
     */
    public DateWords dateWords() {
        DateTimePatternGenerator patterns = DateTimePatternGenerator.getInstance(gregorian);
        return new DateWords(
                patterns.getBestPattern(DAY_SKELETON),
                patterns.getBestPattern(MONTH_SKELETON),
                patterns.getBestPattern(YEAR_SKELETON),
                List.of(DateFormatSymbols.getInstance(gregorian)
                        .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)),
                language.solarHijriBeside() ? SOLAR_HIJRI_DAY : "",
                language.solarHijriBeside()
                        ? List.of(DateFormatSymbols.getInstance(gregorian.setKeywordValue("calendar", "persian"))
                                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE))
                        : List.of());
    }

    /**
     * CLDR's date patterns and month names of a language; the Solar Hijri day's pattern and months empty where no
     * Solar Hijri day is shown.
     */
    public record DateWords(
            String day,
            String month,
            String year,
            List<String> months,
            String solarHijriDay,
            List<String> solarHijriMonths) {}

    /** The day in the locale's calendar. */
    private static String format(LocalDate date, String skeleton, ULocale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(instant(date));
    }

    /** The day's start in UTC, read in UTC by every format here. */
    private static Date instant(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
