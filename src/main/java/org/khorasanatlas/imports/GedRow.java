package org.khorasanatlas.imports;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The columns of one UCDP GED event that the import uses, read and type-checked, with the line the row starts
 * on. Names follow the GED codebook: {@code wherePrec} and {@code datePrec} are UCDP's precision codes;
 * {@code low}, {@code best} and {@code high} its estimates of everyone killed; the {@code deaths*} columns
 * split the best estimate by side.
 */
record GedRow(
        int line,
        long id,
        int typeOfViolence,
        String sideA,
        String sideB,
        String sourceArticle,
        String sourceDate,
        String sourceHeadline,
        String sourceOriginal,
        int wherePrec,
        String whereDescription,
        String adm1,
        String adm2,
        double latitude,
        double longitude,
        String country,
        int countryId,
        Optional<String> iso3,
        int datePrec,
        LocalDate dateStart,
        LocalDate dateEnd,
        int deathsA,
        int deathsB,
        int deathsCivilians,
        int deathsUnknown,
        int best,
        int high,
        int low) {

    static final String IS = "IS";

    boolean involvesIslamicState() {
        return IS.equals(sideA) || IS.equals(sideB);
    }

    /** Deaths UCDP counts on the Islamic State's side, from its split of the best estimate. */
    int islamicStateDeaths() {
        return IS.equals(sideA) ? deathsA : IS.equals(sideB) ? deathsB : 0;
    }

    /** Deaths UCDP counts on any other side, among civilians, or of unknown affiliation. */
    int otherDeaths() {
        return deathsA + deathsB + deathsCivilians + deathsUnknown - islamicStateDeaths();
    }
}
