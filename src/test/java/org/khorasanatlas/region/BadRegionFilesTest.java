package org.khorasanatlas.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.khorasanatlas.geodata.BadFileCorpus;
import org.khorasanatlas.geodata.BadFileCorpus.BadFile;

/**
 * Broken region and base-map files (as geodata/region/khorasan.geojson and geodata/basemap/countries.geojson) are
 * refused whole, each problem naming the file, the feature's line and id, and the field. The corpus is
 * src/test/resources/bad-geodata/region/ and countries/ (see {@link BadFileCorpus}): small good files, one feature a
 * line as the shipped files are, each with one thing broken.
 */
class BadRegionFilesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegions")
    void regionIsRefusedWithEveryProblemNamed(BadFile bad) {
        bad.assertRefusedBy(KhorasanRegion::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCountries")
    void countryOutlinesAreRefusedWithEveryProblemNamed(BadFile bad) {
        bad.assertRefusedBy(CountryOutlines::new);
    }

    @Test
    void theBaselineFilesAreValid() {
        assertThat(BadFileCorpus.good("region"))
                .allSatisfy(
                        good -> assertThat(new KhorasanRegion(good).layers()).isNotEmpty());
        assertThat(BadFileCorpus.good("countries"))
                .allSatisfy(good ->
                        assertThat(new CountryOutlines(good).isKnown("AFG")).isTrue());
    }

    @Test
    void everyExpectationHasItsFile() {
        assertThat(BadFileCorpus.orphanedExpectations("region")).isEmpty();
        assertThat(BadFileCorpus.orphanedExpectations("countries")).isEmpty();
    }

    static Stream<BadFile> badRegions() {
        return BadFileCorpus.bad("region");
    }

    static Stream<BadFile> badCountries() {
        return BadFileCorpus.bad("countries");
    }
}
