package org.khorasanatlas.events;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntFunction;

/** How figures and dates read on the page: thousands separated, ranges with an en dash, dates spelled out. */
public final class Figures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    private Figures() {}

    public static String count(int value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    public static String range(int low, int high) {
        return range(low, high, Figures::count);
    }

    /** A range with its numbers written by {@code count} (another language's digits, say). */
    public static String range(int low, int high, IntFunction<String> count) {
        return low == high ? count.apply(low) : count.apply(low) + "–" + count.apply(high);
    }

    /** "183 (170–185)" or just "61" when the sources agree. */
    public static String killed(CasualtyRange killed) {
        return killed(killed, Figures::count);
    }

    /** As {@link #killed(CasualtyRange)}, with the numbers written by {@code count}. */
    public static String killed(CasualtyRange killed, IntFunction<String> count) {
        return killed.isExact()
                ? count.apply(killed.best())
                : count.apply(killed.best()) + " (" + range(killed.low(), killed.high(), count) + ")";
    }

    /** "26 August 2021". */
    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    public static String date(AttackEvent event) {
        DateTimeFormatter format = switch (event.datePrecision()) {
            case DAY -> DAY;
            case MONTH -> MONTH;
            case YEAR -> YEAR;
        };
        return event.date().format(format);
    }
}
