package org.khorasanatlas.profile;

import org.khorasanatlas.geodata.GeoDataFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile is read once at start-up and shared read-only. */
@Configuration
class ProfileConfiguration {

    @Bean
    GroupProfile groupProfile(GeoDataFiles files, GroupProfileReader reader) {
        return reader.read(files.get("profile.json"));
    }
}
