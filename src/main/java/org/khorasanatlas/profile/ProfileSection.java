package org.khorasanatlas.profile;

import java.util.List;

/** A part of the profile: founding, leaders, strength, areas, relations, designations, differences. */
public record ProfileSection(String id, String title, List<ProfileFact> facts) {

    public ProfileSection {
        facts = List.copyOf(facts);
    }
}
