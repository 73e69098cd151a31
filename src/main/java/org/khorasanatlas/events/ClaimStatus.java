package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** Who tied an attack to the group: the group itself, an official, or only observers. */
public enum ClaimStatus implements Coded {
    CLAIMED("claimed", "Claimed by the Islamic State"),
    ATTRIBUTED("attributed", "Attributed by officials"),
    SUSPECTED("suspected", "Unclaimed, suspected"),
    DISPUTED("disputed", "Disputed");

    private final String code;
    private final String label;

    ClaimStatus(String code, String label) {
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
