package org.khorasanatlas.events;

import java.util.OptionalInt;

/** Calendar years from {@code from} to {@code to}, both included; {@link #all()} has no bounds. */
public record YearRange(int from, int to) {

    private static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static YearRange all() {
        return ALL;
    }

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    /** The year when the range is exactly one year. */
    public OptionalInt single() {
        return from == to ? OptionalInt.of(from) : OptionalInt.empty();
    }
}
