package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.EventFilter;

class SelectionTest {

    private final Selection afghanistan2021 =
            new Selection(EventFilter.year(2021).withCountries(Set.of("AFG")), Optional.empty());

    @Test
    void theQueryIsCanonical() {
        assertThat(afghanistan2021.query()).isEqualTo("year=2021&country=AFG");
        assertThat(new Selection(EventFilter.allYears(), Optional.of("2021-08-26-kabul-airport")).query())
                .isEqualTo("event=2021-08-26-kabul-airport");
        assertThat(new Selection(EventFilter.allYears(), Optional.empty()).query())
                .isEmpty();
    }

    @Test
    void theValidatorChangesWithTheDataAndWithTheSelection() {
        String tag = afghanistan2021.eTag("v1");

        assertThat(tag).matches("W/\"[0-9a-f]{24}\"");
        assertThat(new Selection(EventFilter.year(2021).withCountries(Set.of("AFG")), Optional.empty()).eTag("v1"))
                .isEqualTo(tag);
        assertThat(afghanistan2021.eTag("v2")).isNotEqualTo(tag);
        assertThat(new Selection(EventFilter.year(2021), Optional.empty()).eTag("v1"))
                .isNotEqualTo(tag);
        assertThat(new Selection(afghanistan2021.filter(), Optional.of("2021-08-26-kabul-airport")).eTag("v1"))
                .isNotEqualTo(tag);
    }
}
