package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** How much of an attack's date the sources give. */
public enum DatePrecision implements Coded {
    DAY("day", "exact day"),
    MONTH("month", "month only"),
    YEAR("year", "year only");

    private final String code;
    private final String label;

    DatePrecision(String code, String label) {
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
