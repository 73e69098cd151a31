package org.khorasanatlas.places;

import org.khorasanatlas.geodata.Coded;

/**
 * What a point stands for, in the spirit of UCDP's where_prec, with how far an attack may lie from the named
 * place it refers to: a site is where it happened, a province centre only says which province.
 */
public enum LocationPrecision implements Coded {
    SITE("site", "exact site", 1),
    NEIGHBOURHOOD("neighbourhood", "neighbourhood", 3),
    TOWN("town", "town or city centre", 10),
    DISTRICT("district", "district centre", 30),
    PROVINCE("province", "province centre", 150);

    private final String code;
    private final String label;
    private final double reachKilometres;

    LocationPrecision(String code, String label, double reachKilometres) {
        this.code = code;
        this.label = label;
        this.reachKilometres = reachKilometres;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** How far a point with this precision may lie from the place it names. */
    public double reachKilometres() {
        return reachKilometres;
    }
}
