package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.events.YearRange;

class ExportLinksTest {

    @Test
    void aYearAndACountry() {
        EventFilter filter = EventFilter.year(2021).withCountries(Set.of("AFG"));

        assertThat(ExportLinks.csv(filter))
                .isEqualTo(new ExportLink(
                        "api/events.csv?year=2021&country=AFG", "khorasan-atlas_year-2021_country-AFG.csv"));
        assertThat(ExportLinks.geoJson(filter))
                .isEqualTo(new ExportLink(
                        "api/events?year=2021&country=AFG", "khorasan-atlas_year-2021_country-AFG.geojson"));
    }

    @Test
    void everythingUnfiltered() {
        assertThat(ExportLinks.csv(EventFilter.allYears()))
                .isEqualTo(new ExportLink("api/events.csv", "khorasan-atlas.csv"));
    }

    @Test
    void everyPartOfTheFilterInCanonicalOrder() {
        EventFilter filter = EventFilter.allYears()
                .withYears(new YearRange(2016, 2021))
                .withTargets(Set.of(TargetType.RELIGIOUS))
                .withCountries(Set.of("PAK", "AFG"))
                .withClaims(Set.of(ClaimStatus.DISPUTED, ClaimStatus.CLAIMED))
                .withMinKilled(10);

        assertThat(ExportLinks.csv(filter))
                .isEqualTo(new ExportLink(
                        "api/events.csv?from=2016&to=2021&country=AFG,PAK&claim=claimed,disputed&target=religious&minKilled=10",
                        "khorasan-atlas_from-2016_to-2021_country-AFG-PAK_claim-claimed-disputed_target-religious"
                                + "_minKilled-10.csv"));
    }

    @Test
    void theSelectedAttackIsInTheNameOfItsDownload() {
        Selection selection = new Selection(EventFilter.allYears(), Optional.of("2021-08-26-kabul-airport"));

        assertThat(ExportLinks.csv(selection).fileName())
                .isEqualTo("khorasan-atlas_event-2021-08-26-kabul-airport.csv");
    }
}
