package org.khorasanatlas.imports;

/**
 * Why a readable GED row is not imported. A row is counted under the first reason that applies, in this order
 * (see geodata/README.md, "Imported files").
 */
enum SkipReason {
    NOT_ISLAMIC_STATE("not an IS event: neither side_a nor side_b is \"IS\""),
    OUTSIDE_KHORASAN(
            "outside the Khorasan countries (Afghanistan, Pakistan, Iran, Tajikistan, Uzbekistan," + " Turkmenistan)"),
    BRANCH_AMBIGUOUS("branch ambiguous: UCDP codes every IS branch as \"IS\", and in Pakistan from May 2019"
            + " (IS Pakistan Province) and in Iran the branch cannot be told"),
    DATE_TOO_IMPRECISE(
            "date too imprecise: known only to more than a month (date_prec 5, or a range across" + " months)"),
    LOCATION_TOO_IMPRECISE("location too imprecise: coarser than a province (where_prec 5-7)"),
    DEATHS_OUT_OF_ORDER("deaths not low <= best <= high"),
    ONLY_IS_DEATHS("only IS fighters died (UCDP's split of the best estimate): an operation against IS, not an"
            + " IS attack"),
    OUTSIDE_COUNTRY_OUTLINE("coordinates outside the country's outline on the base map");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
