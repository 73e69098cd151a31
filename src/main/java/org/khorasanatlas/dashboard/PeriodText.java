package org.khorasanatlas.dashboard;

import org.khorasanatlas.events.YearRange;

/** How a period of years reads on the page, in the select and above the totals. */
record PeriodText(int firstYear, int lastYear) {

    /** "All years", "2021", "2019–2021". */
    String label(YearRange years) {
        if (years.isAll()) {
            return "All years";
        }
        return years.single().isPresent() ? String.valueOf(years.from()) : years.from() + "–" + years.to();
    }

    /** "All years, 2015–2025", "In 2021", "2019–2021". */
    String heading(YearRange years) {
        if (years.isAll()) {
            return "All years, " + firstYear + "–" + lastYear;
        }
        return years.single().isPresent() ? "In " + years.from() : label(years);
    }
}
