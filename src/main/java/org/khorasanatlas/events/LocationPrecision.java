package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** What an attack's coordinates stand for, in the spirit of UCDP's where_prec. */
public enum LocationPrecision implements Coded {
    SITE("site", "exact site"),
    TOWN("town", "town or city centre"),
    DISTRICT("district", "district centre"),
    PROVINCE("province", "province centre");

    private final String code;
    private final String label;

    LocationPrecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
