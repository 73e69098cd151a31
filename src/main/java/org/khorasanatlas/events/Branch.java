package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/**
 * The Islamic State branch an attack is counted for. IS announced a separate Pakistan Province in May 2019;
 * attacks claimed for it are kept apart from Khorasan Province (see geodata/README.md).
 */
public enum Branch implements Coded {
    ISKP("ISKP", "Islamic State Khorasan Province"),
    ISPP("ISPP", "Islamic State Pakistan Province");

    /** The year (in May) IS announced its Pakistan Province apart from Khorasan. */
    public static final int ISPP_SEPARATE_SINCE = 2019;

    private final String code;
    private final String label;

    Branch(String code, String label) {
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
