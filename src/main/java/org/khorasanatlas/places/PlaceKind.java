package org.khorasanatlas.places;

import org.khorasanatlas.geodata.Coded;

/** What kind of place a gazetteer entry names: a settlement or area, or one building or compound. */
public enum PlaceKind implements Coded {
    PROVINCE("province", "province"),
    DISTRICT("district", "district"),
    TOWN("town", "town or city"),
    NEIGHBOURHOOD("neighbourhood", "neighbourhood"),
    MOSQUE("mosque", "mosque"),
    SHRINE("shrine", "shrine"),
    CHURCH("church", "church"),
    TEMPLE("temple", "temple or gurdwara"),
    HOSPITAL("hospital", "hospital"),
    SCHOOL("school", "school"),
    UNIVERSITY("university", "university"),
    EDUCATION_CENTRE("education-centre", "education centre"),
    PRISON("prison", "prison"),
    AIRPORT("airport", "airport"),
    MILITARY_BASE("military-base", "military base"),
    POLICE_STATION("police-station", "police station"),
    GOVERNMENT_BUILDING("government-building", "government building"),
    EMBASSY("embassy", "embassy or consulate"),
    MARKET("market", "market"),
    ROAD("road", "road"),
    BORDER_CROSSING("border-crossing", "border crossing"),
    VENUE("venue", "venue"),
    OTHER_SITE("other-site", "other site");

    private final String code;
    private final String label;

    PlaceKind(String code, String label) {
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
