package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** Who tied an attack to the group: the group itself, an official, or only observers. */
public enum ClaimStatus implements Coded {
    CLAIMED("claimed", "Claimed by the Islamic State", "Claimed"),
    ATTRIBUTED("attributed", "Attributed by officials", "Attributed"),
    SUSPECTED("suspected", "Unclaimed, suspected", "Suspected"),
    DISPUTED("disputed", "Disputed", "Disputed");

    private final String code;
    private final String label;
    private final String shortLabel;

    ClaimStatus(String code, String label, String shortLabel) {
        this.code = code;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** One word, for a table column headed "Claim". */
    public String shortLabel() {
        return shortLabel;
    }
}
