package org.khorasanatlas.profile;

import java.util.List;

/** The group profile of geodata/profile.json, every fact sourced. */
public record GroupProfile(String name, List<String> aliases, List<ProfileSection> sections) {

    public GroupProfile {
        aliases = List.copyOf(aliases);
        sections = List.copyOf(sections);
    }
}
