package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DataReportTest {

    private final String report = DataReport.of(
            List.of(
                    TestEvents.on("2020-01-10")
                            .id("2020-01-10-quetta")
                            .killed(14, 15, 17)
                            .branch(Branch.ISPP)
                            .at("PAK", 30.18, 67.0)
                            .build(),
                    TestEvents.on("2020-05-12")
                            .id("2020-05-12-kabul")
                            .killed(16, 24, 24)
                            .claim(ClaimStatus.ATTRIBUTED)
                            .build(),
                    TestEvents.on("2022-09-05").killed(6).build()),
            code -> code.equals("AFG") ? "Afghanistan" : "Pakistan");

    @Test
    void startsWithTheGrandTotalAndItsRange() {
        assertThat(report).startsWith("Attacks: 3; killed (best): 45 (range 36–47).");
    }

    @Test
    void listsEachYearAndCountryWithDeathsAndRanges() {
        assertThat(report)
                .contains(
                        "| 2020 | 2 | 39 | 30–41 |",
                        "| 2022 | 1 | 6 | 6 |",
                        "| Afghanistan (AFG) | 2 | 30 | 22–30 |",
                        "| Pakistan (PAK) | 1 | 15 | 14–17 |");
    }

    @Test
    void keepsPakistanProvinceApartAndGivesSharesOfClaimStatus() {
        assertThat(report)
                .contains(
                        "| Islamic State Pakistan Province (ISPP) | 1 | 15 | 14–17 |",
                        "| Claimed by the Islamic State | 2 | 67% |",
                        "| Attributed by officials | 1 | 33% |",
                        "| Unclaimed, suspected | 0 | 0% |",
                        "| town or city centre | 3 | 100% |");
    }

    @Test
    void listsTheAttacksOfEachBranchAndClaimStatusByIdAndCountsSources() {
        assertThat(report)
                .contains(
                        "Counted for IS Pakistan Province (ISPP) (1): `2020-01-10-quetta`.",
                        "Attributed by officials, never claimed (1): `2020-05-12-kabul`.",
                        "Unclaimed, suspected (0): none.",
                        "| 1 source | 3 |",
                        "Kabul province: 3 attacks, 3 of them placed no finer than a town centre.");
    }
}
