package org.khorasanatlas.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.TestDataFiles;

/** The Khorasan region layers and the base map as shipped. */
class ShippedRegionTest {

    @Test
    void regionHasTwoNamedLayers() {
        KhorasanRegion region = new KhorasanRegion(TestDataFiles.shipped(KhorasanRegion.PATH));

        assertThat(region.layers()).hasSize(2);
        assertThat(region.layers()).allSatisfy(layer -> {
            assertThat(layer.name()).isNotBlank();
            assertThat(layer.description()).isNotBlank();
            assertThat(region.geoJson(layer.id())).isPresent();
        });
    }

    @Test
    void regionLayersAreServedOneByOne() {
        KhorasanRegion region = new KhorasanRegion(TestDataFiles.shipped(KhorasanRegion.PATH));

        assertThat(region.geoJson("no-such-layer")).isEmpty();
    }

    @Test
    void countriesKnowTheirCodesAndNames() {
        CountryOutlines countries = TestCountries.shipped();

        assertThat(countries.isKnown("AFG")).isTrue();
        assertThat(countries.isKnown("XXX")).isFalse();
        assertThat(countries.name("PAK")).contains("Pakistan");
    }

    @Test
    void kabulIsInAfghanistanNotPakistan() {
        CountryOutlines countries = TestCountries.shipped();

        assertThat(countries.contains("AFG", 34.5253, 69.1783)).isTrue();
        assertThat(countries.contains("PAK", 34.5253, 69.1783)).isFalse();
    }

    @Test
    void peshawarIsInPakistan() {
        assertThat(TestCountries.shipped().contains("PAK", 34.0151, 71.5249)).isTrue();
    }

    @Test
    void unknownCountryContainsNothing() {
        assertThat(TestCountries.shipped().contains("XXX", 34.5253, 69.1783)).isFalse();
    }
}
