package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.region.Province;

/** Attacks placed in provinces by where they lie: two made-up provinces split at 66°E, and the open sea. */
class ProvinceFilterTest {

    private static final Province WEST = new Province("xxx-west", "West", "XXX", Optional.empty(), Optional.empty());
    private static final Province EAST = new Province("xxx-east", "East", "XXX", Optional.empty(), Optional.empty());

    private final AttackEvent quetta2016 = TestEvents.on("2016-10-24")
            .id("quetta")
            .at("PAK", 30.2, 67.0)
            .killed(55, 61, 64)
            .build();
    private final AttackEvent kabul2018 = TestEvents.on("2018-08-15")
            .id("kabul")
            .at("AFG", 34.5, 69.2)
            .killed(40, 48, 50)
            .build();
    private final AttackEvent herat2018 = TestEvents.on("2018-03-25")
            .id("herat")
            .at("AFG", 34.3, 62.2)
            .killed(1, 2, 3)
            .build();
    private final AttackEvent atSea = TestEvents.on("2018-01-01")
            .id("sea")
            .at("PAK", 10.0, 67.0)
            .killed(7)
            .build();
    private final AttackCatalog catalog = new AttackCatalog(
            List.of(quetta2016, kabul2018, herat2018, atSea),
            (latitude, longitude) -> latitude < 20 ? Optional.empty() : Optional.of(longitude < 66 ? WEST : EAST));

    @Test
    void aProvinceFilterKeepsTheAttacksThatLieInIt() {
        EventFilter east = EventFilter.allYears().withProvinces(Set.of("xxx-east"));
        assertThat(catalog.find(east)).containsExactly(quetta2016, kabul2018);
        assertThat(catalog.find(east.withYears(YearRange.of(2018)))).containsExactly(kabul2018);
        assertThat(catalog.summary(east).attacks()).isEqualTo(2);
        assertThat(catalog.matches(east, herat2018)).isFalse();
        assertThat(catalog.provinceOf(atSea)).isEmpty();
        assertThat(catalog.provinceOf(herat2018)).contains("xxx-west");
    }

    @Test
    void summaryByProvinceCountsEachProvinceMostAttacksFirst() {
        var byProvince = catalog.summaryByProvince(EventFilter.allYears());
        assertThat(byProvince.keySet()).containsExactly("xxx-east", "xxx-west");
        assertThat(byProvince.get("xxx-east").attacks()).isEqualTo(2);
        assertThat(byProvince.get("xxx-east").killed()).isEqualTo(new CasualtyRange(95, 109, 114));
        assertThat(byProvince.get("xxx-west").killed()).isEqualTo(new CasualtyRange(1, 2, 3));
        assertThat(catalog.summaryByProvince(EventFilter.year(2016)).keySet()).containsExactly("xxx-east");
    }
}
