package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void countsHaveThousandsSeparators() {
        assertThat(Figures.count(1546)).isEqualTo("1,546");
        assertThat(Figures.count(1234567)).isEqualTo("1,234,567");
        assertThat(Figures.count(999)).isEqualTo("999");
        assertThat(Figures.count(0)).isEqualTo("0");
    }

    @Test
    void rangesUseAnEnDash() {
        assertThat(Figures.range(170, 185)).isEqualTo("170–185");
        assertThat(Figures.range(1000, 1546)).isEqualTo("1,000–1,546");
    }

    @Test
    void rangeOfOneFigureIsThatFigure() {
        assertThat(Figures.range(61, 61)).isEqualTo("61");
    }

    @Test
    void killedShowsBestThenTheRange() {
        assertThat(Figures.killed(new CasualtyRange(170, 183, 185))).isEqualTo("183 (170–185)");
        assertThat(Figures.killed(new CasualtyRange(61, 61, 61))).isEqualTo("61");
    }

    @Test
    void dateWithDayPrecision() {
        assertThat(Figures.date(TestEvents.on("2021-08-26").build())).isEqualTo("26 August 2021");
        assertThat(Figures.date(TestEvents.on("2020-05-02").build())).isEqualTo("2 May 2020");
    }

    @Test
    void dateWithMonthPrecision() {
        assertThat(Figures.date(TestEvents.on("2022-05-01")
                        .precision(DatePrecision.MONTH)
                        .build()))
                .isEqualTo("May 2022");
    }

    @Test
    void dateWithYearPrecision() {
        assertThat(Figures.date(TestEvents.on("2019-01-01")
                        .precision(DatePrecision.YEAR)
                        .build()))
                .isEqualTo("2019");
    }
}
