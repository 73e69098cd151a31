package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CasualtySummaryTest {

    @Test
    void sumsEachBoundOfDeathsAndInjuries() {
        CasualtySummary summary = CasualtySummary.of(List.of(
                TestEvents.on("2021-08-26")
                        .killed(182, 183, 183)
                        .injured(150, 168)
                        .build(),
                TestEvents.on("2020-11-02").killed(22, 22, 35).injured(22, 50).build()));

        assertThat(summary.attacks()).isEqualTo(2);
        assertThat(summary.killed()).isEqualTo(new CasualtyRange(204, 205, 218));
        assertThat(summary.injured()).isEqualTo(new InjuryRange(172, 218));
        assertThat(summary.attacksWithoutInjuryFigures()).isZero();
    }

    @Test
    void countsAttacksWithoutInjuryFiguresInsteadOfTakingThemAsZero() {
        CasualtySummary summary = CasualtySummary.of(List.of(
                TestEvents.on("2020-01-01").killed(10).injured(5, 7).build(),
                TestEvents.on("2020-02-01").killed(3).build(),
                TestEvents.on("2020-03-01").killed(4).build()));

        assertThat(summary.injured()).isEqualTo(new InjuryRange(5, 7));
        assertThat(summary.attacksWithoutInjuryFigures()).isEqualTo(2);
    }

    @Test
    void perpetratorsAreSummedApartFromVictims() {
        CasualtySummary summary = CasualtySummary.of(List.of(
                TestEvents.on("2020-05-12").killed(24).perpetratorsKilled(3).build(),
                TestEvents.on("2020-08-02").killed(29).build(),
                TestEvents.on("2021-08-26").killed(183).perpetratorsKilled(1).build()));

        assertThat(summary.killed().best()).isEqualTo(236);
        assertThat(summary.perpetratorsKilled()).isEqualTo(4);
    }

    @Test
    void keepsAttacksClaimedForPakistanProvinceApart() {
        CasualtySummary summary = CasualtySummary.of(List.of(
                TestEvents.on("2020-01-10").killed(15).branch(Branch.ISPP).build(),
                TestEvents.on("2020-03-06").killed(32).build(),
                TestEvents.on("2020-05-12").killed(24).build()));

        assertThat(summary.attacksByBranch()).containsEntry(Branch.ISKP, 2).containsEntry(Branch.ISPP, 1);
    }

    @Test
    void noAttacksSumToZero() {
        CasualtySummary summary = CasualtySummary.of(List.of());

        assertThat(summary.attacks()).isZero();
        assertThat(summary.killed()).isEqualTo(CasualtyRange.NONE);
        assertThat(summary.injured()).isEqualTo(InjuryRange.NONE);
        assertThat(summary.perpetratorsKilled()).isZero();
    }
}
