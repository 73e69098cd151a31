package org.khorasanatlas.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;

/** The group profile as shipped. */
class ShippedProfileTest {

    private static GroupProfile profile;

    @BeforeAll
    static void load() {
        profile = new GroupProfileReader(new JsonDataReader()).read(TestDataFiles.shipped("profile.json"));
    }

    @Test
    void namesTheGroup() {
        assertThat(profile.name()).isEqualTo("Islamic State Khorasan Province");
        assertThat(profile.aliases()).isNotEmpty();
    }

    @Test
    void hasTheDocumentedSectionsInOrder() {
        assertThat(profile.sections())
                .extracting(ProfileSection::id)
                .containsExactly(
                        "founding", "leaders", "strength", "areas", "relations", "designations", "differences");
    }

    @Test
    void everyFactCitesASource() {
        assertThat(profile.sections()).allSatisfy(section -> {
            assertThat(section.facts()).as(section.id()).isNotEmpty();
            assertThat(section.facts()).allSatisfy(fact -> {
                assertThat(fact.sources())
                        .as("%s: %s", section.id(), fact.heading())
                        .isNotEmpty();
                assertThat(fact.sources())
                        .allSatisfy(
                                source -> assertThat(source.url().getScheme()).isIn("http", "https"));
            });
        });
    }

    @Test
    void strengthFiguresAreOrdered() {
        assertThat(profile.sections())
                .flatExtracting(ProfileSection::facts)
                .allSatisfy(fact -> fact.figure()
                        .ifPresent(figure -> assertThat(figure.low()).isBetween(0, figure.high())));
    }
}
