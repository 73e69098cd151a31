package org.khorasanatlas.language;

import java.util.Locale;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.Figures;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;

/**
 * Figures and dates as a reader of the page's language reads them (ICU): its digits and separators (Eastern
 * Arabic-Indic for Dari and Pashto, as CLDR has them), its month names, and for Dari and Pashto the Solar Hijri date
 * beside the Gregorian one, since Afghan sources date events that way. In English they read as {@link Figures}.
 * One per view: ICU's formats are not shared between threads.
 */
public final class ReaderFigures {

    private final Language language;
    private final NumberFormat numbers;
    private final NumberFormat years;
    private final ULocale gregorian;

    private ReaderFigures(Language language) {
        this.language = language;
        this.gregorian = new ULocale(language.locale().toLanguageTag().replace('-', '_') + "@calendar=gregorian");
        this.numbers = NumberFormat.getIntegerInstance(gregorian);
        this.years = NumberFormat.getIntegerInstance(gregorian);
        years.setGroupingUsed(false);
    }

    public static ReaderFigures of(Locale locale) {
        return new ReaderFigures(Language.of(locale));
    }

    public String count(int value) {
        return language == Language.ENGLISH ? Figures.count(value) : numbers.format(value);
    }

    /** A year as a number: the language's digits, no thousands separator ("۲۰۲۱"). */
    public String year(int year) {
        return language == Language.ENGLISH ? String.valueOf(year) : years.format(year);
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
        String skeleton = switch (event.datePrecision()) {
            case DAY -> "yMMMMd";
            case MONTH -> "yMMMM";
            case YEAR -> "y";
        };
        Calendar day = Calendar.getInstance(gregorian);
        day.clear();
        day.set(
                event.date().getYear(),
                event.date().getMonthValue() - 1,
                event.date().getDayOfMonth());
        String date = DateFormat.getInstanceForSkeleton(skeleton, gregorian).format(day.getTime());
        if (!skeleton.equals("yMMMMd") || !language.solarHijriBeside()) {
            return date;
        }
        ULocale solarHijri = gregorian.setKeywordValue("calendar", "persian");
        return date + " ("
                + DateFormat.getInstanceForSkeleton(skeleton, solarHijri).format(day.getTime()) + ")";
    }
}
