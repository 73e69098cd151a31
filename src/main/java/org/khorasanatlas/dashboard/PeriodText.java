package org.khorasanatlas.dashboard;

import java.util.function.IntFunction;

import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.geodata.Translation;

/** How a period of years reads on the page, in the select and above the totals. */
record PeriodText(int firstYear, int lastYear, Translation text, IntFunction<String> year) {

    /** "All years", "2021", "2019–2021". */
    String label(YearRange years) {
        if (years.isAll()) {
            return text.of("period.all");
        }
        return years.single().isPresent()
                ? year.apply(years.from())
                : year.apply(years.from()) + "–" + year.apply(years.to());
    }

    /** "All years, 2015–2025", "In 2021", "2019–2021". */
    String heading(YearRange years) {
        if (years.isAll()) {
            return text.of("period.all.heading", year.apply(firstYear), year.apply(lastYear));
        }
        return years.single().isPresent() ? text.of("period.in", year.apply(years.from())) : label(years);
    }
}
