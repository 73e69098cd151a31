package org.khorasanatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.TestEvents;
import org.khorasanatlas.geodata.EnglishTexts;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.Legend;
import org.khorasanatlas.leaflet.PointFeature;

class AttackMarkersTest {

    private static final Translation ENGLISH = EnglishTexts.translation();

    @Test
    void areaGrowsWithDeaths() {
        // Four times the deaths, twice the radius, four times the area.
        assertThat(AttackMarkers.radius(400) / AttackMarkers.radius(100)).isCloseTo(2.0, within(1e-9));
        assertThat(AttackMarkers.radius(900) / AttackMarkers.radius(100)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void radiusIsProportionalToTheSquareRootOfDeaths() {
        assertThat(AttackMarkers.radius(183)).isCloseTo(1.7 * Math.sqrt(183), within(1e-9));
    }

    @Test
    void smallAttacksStillGetAVisibleMarker() {
        assertThat(AttackMarkers.radius(0)).isEqualTo(AttackMarkers.MIN_RADIUS);
        assertThat(AttackMarkers.radius(1)).isEqualTo(AttackMarkers.MIN_RADIUS);
        assertThat(AttackMarkers.radius(8)).isEqualTo(AttackMarkers.MIN_RADIUS);
        assertThat(AttackMarkers.radius(9)).isGreaterThan(AttackMarkers.MIN_RADIUS);
    }

    @Test
    void radiusNeverShrinksAsDeathsGrow() {
        for (int deaths = 0; deaths < 2000; deaths++) {
            assertThat(AttackMarkers.radius(deaths + 1)).isGreaterThanOrEqualTo(AttackMarkers.radius(deaths));
        }
    }

    @Test
    void everyClaimStatusHasItsOwnColour() {
        assertThat(Arrays.stream(ClaimStatus.values()).map(AttackMarkers::color))
                .doesNotHaveDuplicates()
                .allSatisfy(colour -> assertThat(colour).matches("#[0-9A-F]{6}"));
    }

    @Test
    void legendHasOneEntryPerClaimStatus() {
        assertThat(AttackMarkers.legend(ENGLISH).entries()).hasSize(ClaimStatus.values().length);
    }

    @Test
    void onlySuspectedAttacksAreRingsOnTheMapAndInTheLegend() {
        for (ClaimStatus status : ClaimStatus.values()) {
            AttackEvent attack = TestEvents.on("2021-05-08").claim(status).build();
            boolean ring = status == ClaimStatus.SUSPECTED;

            assertThat(AttackMarkers.of(attack, ENGLISH, ReaderFigures.of(Locale.ENGLISH))
                            .hollow())
                    .as(status.code())
                    .isEqualTo(ring);
            assertThat(AttackMarkers.legend(ENGLISH).entries())
                    .filteredOn(entry -> entry.label().equals(ENGLISH.of(status.labelKey())))
                    .singleElement()
                    .extracting(Legend.Entry::hollow)
                    .isEqualTo(ring);
        }
    }

    @Test
    void markerOfAnAttack() {
        AttackEvent attack = TestEvents.on("2020-05-12")
                .name("Maternity ward attack")
                .killed(16, 24, 24)
                .claim(ClaimStatus.ATTRIBUTED)
                .at("AFG", 34.5253, 69.1783)
                .build();

        PointFeature marker = AttackMarkers.of(attack, ENGLISH, ReaderFigures.of(Locale.ENGLISH));

        assertThat(marker.id()).isEqualTo(attack.id());
        assertThat(marker.position().lat()).isEqualTo(34.5253);
        assertThat(marker.position().lng()).isEqualTo(69.1783);
        assertThat(marker.radius()).isEqualTo(AttackMarkers.radius(24));
        assertThat(marker.color()).isEqualTo(AttackMarkers.color(ClaimStatus.ATTRIBUTED));
        assertThat(marker.label()).isEqualTo("Maternity ward attack");
        assertThat(marker.details()).contains("Killed: 24 (16–24)", ClaimStatus.ATTRIBUTED.label());
        assertThat(marker.details().getFirst()).startsWith("12 May 2020");
    }

    @Test
    void importedAttacksAreGreyWhateverTheirClaimAndSayWhereTheyComeFrom() {
        AttackEvent imported = TestEvents.on("2015-05-13")
                .id("ucdp-195901")
                .killed(43, 45, 47)
                .claim(ClaimStatus.SUSPECTED)
                .build();

        PointFeature marker =
                AttackMarkers.imported(imported, "UCDP GED import", ENGLISH, ReaderFigures.of(Locale.ENGLISH));

        assertThat(marker.color())
                .isEqualTo(AttackMarkers.IMPORTED_COLOR)
                .isNotIn(Arrays.stream(ClaimStatus.values())
                        .map(AttackMarkers::color)
                        .toList());
        assertThat(marker.radius()).isEqualTo(AttackMarkers.radius(45));
        assertThat(marker.details()).endsWith("UCDP GED import (unverified)");
        assertThat(AttackMarkers.legendWithImported("UCDP GED import", ENGLISH).entries())
                .last()
                .satisfies(entry -> {
                    assertThat(entry.label()).isEqualTo("UCDP GED import (unverified)");
                    assertThat(entry.hollow()).isTrue();
                });
    }
}
