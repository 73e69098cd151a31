package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** How an attack was carried out. */
public enum AttackType implements Coded {
    SUICIDE_BOMBING("suicide bombing", "Suicide bombing"),
    BOMBING("bombing", "Bombing"),
    ARMED_ASSAULT("armed assault", "Armed assault"),
    COMPLEX_ATTACK("complex attack", "Complex attack (gunmen and bombs)"),
    ROCKET_ATTACK("rocket attack", "Rocket attack"),
    ASSASSINATION("assassination", "Assassination"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    AttackType(String code, String label) {
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
