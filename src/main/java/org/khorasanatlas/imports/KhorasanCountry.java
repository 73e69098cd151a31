package org.khorasanatlas.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.khorasanatlas.events.Branch;

/**
 * The countries of the Khorasan region whose UCDP events the import keeps, by the Gleditsch–Ward number UCDP
 * gives in {@code country_id} (every GED release has it; ISO codes appear only in some republished extracts),
 * and the branch an IS event there is counted for (see geodata/README.md, "Imported files").
 */
enum KhorasanCountry {
    AFGHANISTAN(700, "AFG"),
    PAKISTAN(770, "PAK"),
    IRAN(630, "IRN"),
    TAJIKISTAN(702, "TJK"),
    UZBEKISTAN(704, "UZB"),
    TURKMENISTAN(701, "TKM");

    /** IS announced a Pakistan Province (ISPP) in May 2019; from then on UCDP's "IS" in Pakistan may be either. */
    static final LocalDate PAKISTAN_PROVINCE = LocalDate.of(2019, 5, 1);

    private final int gleditschWard;
    private final String iso3;

    KhorasanCountry(int gleditschWard, String iso3) {
        this.gleditschWard = gleditschWard;
        this.iso3 = iso3;
    }

    static Optional<KhorasanCountry> byCountryId(int countryId) {
        return Arrays.stream(values())
                .filter(country -> country.gleditschWard == countryId)
                .findFirst();
    }

    static Optional<KhorasanCountry> byIso3(String iso3) {
        return Arrays.stream(values())
                .filter(country -> country.iso3.equals(iso3))
                .findFirst();
    }

    String iso3() {
        return iso3;
    }

    /**
     * The branch an event that UCDP codes as "IS" is counted for, or empty when the coding cannot tell: in
     * Pakistan from May 2019 (IS Khorasan or IS Pakistan Province), and in Iran (IS claimed its attacks there
     * without naming a province, and officials tied only some of them to ISKP). In Afghanistan and Central Asia,
     * ISKP is the only IS branch; in Pakistan before May 2019, Khorasan was IS's name for the area.
     */
    Optional<Branch> branch(LocalDate lastPossibleDate) {
        return switch (this) {
            case PAKISTAN -> lastPossibleDate.isBefore(PAKISTAN_PROVINCE) ? Optional.of(Branch.ISKP) : Optional.empty();
            case IRAN -> Optional.empty();
            case AFGHANISTAN, TAJIKISTAN, UZBEKISTAN, TURKMENISTAN -> Optional.of(Branch.ISKP);
        };
    }
}
