package org.khorasanatlas.events;

import java.util.OptionalInt;

/** Which attacks the user asked for: all years, or one year. */
public record EventFilter(OptionalInt year) {

    public static EventFilter allYears() {
        return new EventFilter(OptionalInt.empty());
    }

    public static EventFilter year(int year) {
        return new EventFilter(OptionalInt.of(year));
    }

    public boolean matches(AttackEvent event) {
        return year.isEmpty() || event.year() == year.getAsInt();
    }
}
