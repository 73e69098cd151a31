package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearRange;

import com.vaadin.flow.router.QueryParameters;

class DownloadLinksTest {

    private static final EventFilter NARROW = EventFilter.allYears().withYears(new YearRange(2017, 2019))
            .withCountries(Set.of("PAK", "AFG")).withClaims(Set.of(ClaimStatus.DISPUTED, ClaimStatus.CLAIMED))
            .withMinKilled(20);

    @Test
    void fileNamesCarryEveryFilterAndAreSafeInAFolder() {
        assertThat(DownloadLinks.fileName(EventFilter.allYears(), "csv")).isEqualTo("khorasan-atlas-attacks.csv");
        assertThat(DownloadLinks.fileName(EventFilter.year(2021), "geojson"))
                .isEqualTo("khorasan-atlas-attacks_year-2021.geojson");
        assertThat(DownloadLinks.fileName(NARROW, "csv")).isEqualTo(
                "khorasan-atlas-attacks_from-2017_to-2019_country-AFG-PAK_claim-claimed-disputed_minKilled-20.csv")
                .matches("[A-Za-z0-9._-]+");
    }

    @Test
    void apiAddressesUseThePagesQueryParameters() {
        assertThat(DownloadLinks.apiAddress("events.csv", EventFilter.allYears())).isEqualTo("api/events.csv");

        URI address = URI.create(DownloadLinks.apiAddress("events", NARROW));
        assertThat(address.getPath()).isEqualTo("api/events");
        assertThat(QueryParameters.fromString(address.getRawQuery()).getParameters()).containsOnlyKeys("from", "to",
                "country", "claim", "minKilled").containsEntry("country", java.util.List.of("AFG,PAK"))
                .containsEntry("claim", java.util.List.of("claimed,disputed"));
    }
}
