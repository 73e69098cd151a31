package org.khorasanatlas.events;

import org.khorasanatlas.geodata.Coded;

/** What an attack was aimed at. */
public enum TargetType implements Coded {
    CIVILIANS("civilians", "Civilians"),
    RELIGIOUS("religious", "Religious site or gathering"),
    MILITARY("military", "Military"),
    POLICE("police", "Police"),
    GOVERNMENT("government", "Government"),
    EDUCATION("education", "Education"),
    HEALTH("health", "Health care"),
    DIPLOMATIC("diplomatic", "Diplomatic"),
    POLITICAL("political", "Political party or rally"),
    MEDIA("media", "Media"),
    INFRASTRUCTURE("infrastructure", "Infrastructure"),
    FOREIGN("foreign", "Foreign nationals or territory");

    private final String code;
    private final String label;

    TargetType(String code, String label) {
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
