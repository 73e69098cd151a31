package org.khorasanatlas.dashboard;

import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.geodata.Translation;

/** How a period of years reads on the page, in the select and above the totals. */
record PeriodText(int firstYear, int lastYear, Translation text) {

    /** "All years", "2021", "2019–2021". */
    String label(YearRange years) {
        if (years.isAll()) {
            return text.of("period.all");
        }
        return years.single().isPresent() ? String.valueOf(years.from()) : years.from() + "–" + years.to();
    }

    /** "All years, 2015–2025", "In 2021", "2019–2021". */
    String heading(YearRange years) {
        if (years.isAll()) {
            return text.of("period.all.heading", String.valueOf(firstYear), String.valueOf(lastYear));
        }
        return years.single().isPresent() ? text.of("period.in", String.valueOf(years.from())) : label(years);
    }
}
