package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khorasanatlas.events.EventFilter;

class YearParameterTest {

    private static YearParameter parse(String... values) {
        return YearParameter.parse(List.of(values), 2015, 2025);
    }

    @Test
    void absentMeansAllYearsWithoutNotice() {
        assertThat(YearParameter.parse(null, 2015, 2025))
                .isEqualTo(new YearParameter(EventFilter.allYears(), Optional.empty()));
        assertThat(YearParameter.parse(List.of(), 2015, 2025).notice()).isEmpty();
    }

    @Test
    void emptyOrBlankMeansAllYearsWithoutNotice() {
        assertThat(parse("")).isEqualTo(new YearParameter(EventFilter.allYears(), Optional.empty()));
        assertThat(parse("   ").notice()).isEmpty();
    }

    @Test
    void aCoveredYearSelectsIt() {
        assertThat(parse("2021")).isEqualTo(new YearParameter(EventFilter.year(2021), Optional.empty()));
    }

    @Test
    void firstAndLastYearAreCovered() {
        assertThat(parse("2015").filter()).isEqualTo(EventFilter.year(2015));
        assertThat(parse("2025").filter()).isEqualTo(EventFilter.year(2025));
    }

    @Test
    void spacesAroundTheYearAreIgnored() {
        assertThat(parse(" 2021 ")).isEqualTo(new YearParameter(EventFilter.year(2021), Optional.empty()));
    }

    @Test
    void onlyTheFirstValueCounts() {
        assertThat(parse("2021", "2016").filter()).isEqualTo(EventFilter.year(2021));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "20211", "202", "2021.0", "-2021", "２０２１", "<script>alert(1)</script>"})
    void notAYearFallsBackToAllYearsWithANotice(String value) {
        YearParameter year = parse(value);

        assertThat(year.filter()).isEqualTo(EventFilter.allYears());
        assertThat(year.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("not a year"));
    }

    @Test
    void aYearOutsideTheDataFallsBackWithTheCoveredRange() {
        YearParameter year = parse("1850");

        assertThat(year.filter()).isEqualTo(EventFilter.allYears());
        assertThat(year.notice()).contains("The data covers 2015–2025, not 1850. Showing all years.");
        assertThat(parse("2026").filter()).isEqualTo(EventFilter.allYears());
    }

    @Test
    void longValuesAreCutShortInTheNotice() {
        String junk = "x".repeat(5000);

        assertThat(parse(junk).notice()).hasValueSatisfying(notice -> {
            assertThat(notice).hasSizeLessThan(80);
            assertThat(notice).contains("x".repeat(20) + "…");
        });
    }

    @Test
    void markupIsQuotedAsText() {
        // The notice is set with setText, so markup is shown, never interpreted; it is quoted and cut short.
        assertThat(parse("<script>alert(1)</script>").notice())
                .contains("“<script>alert(1)</sc…” is not a year. Showing all years.");
    }
}
