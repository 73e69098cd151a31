package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.EnglishTexts;
import org.khorasanatlas.region.TestCountries;
import org.khorasanatlas.region.TestProvinces;

class FilterParametersTest {

    private final AttackEvent kabul =
            TestEvents.on("2016-07-23").id("2016-07-23-kabul").killed(85).build();
    private final FilterParameters parameters = new FilterParameters(
            new AttackCatalog(List.of(TestEvents.event("2015-04-18", 33), kabul, TestEvents.event("2025-02-11", 5))),
            TestCountries.shipped(),
            TestProvinces.shipped());

    @Test
    void noParametersMeanEverything() {
        ParsedFilter parsed = parse(Map.of());

        assertThat(parsed.filter()).isEqualTo(EventFilter.allYears());
        assertThat(parsed.eventId()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void readsProvincesByIdAndWritesThemBack() {
        ParsedFilter parsed = parse(Map.of("province", List.of("AFG-Kabul,pak-khyber-pakhtunkhwa", "nowhere")));

        assertThat(parsed.filter().provinces()).containsExactly("afg-kabul", "pak-khyber-pakhtunkhwa");
        assertThat(parsed.problems())
                .extracting(ParameterProblem::parameter, ParameterProblem::value)
                .containsExactly(tuple("province", "nowhere"));
        assertThat(FilterParameters.format(parsed.filter(), Optional.empty()))
                .containsEntry("province", List.of("afg-kabul,pak-khyber-pakhtunkhwa"));
    }

    @Test
    void readsEveryFilter() {
        ParsedFilter parsed = parse(Map.of(
                "from",
                List.of("2016"),
                "to",
                List.of("2021"),
                "country",
                List.of("afg,PAK", "IRN"),
                "claim",
                List.of("claimed"),
                "target",
                List.of("religious"),
                "minKilled",
                List.of("10"),
                "event",
                List.of(kabul.id())));

        assertThat(parsed.filter())
                .isEqualTo(EventFilter.allYears()
                        .withYears(new YearRange(2016, 2021))
                        .withCountries(Set.of("AFG", "PAK", "IRN"))
                        .withClaims(Set.of(ClaimStatus.CLAIMED))
                        .withTargets(Set.of(TargetType.RELIGIOUS))
                        .withMinKilled(10));
        assertThat(parsed.eventId()).contains(kabul.id());
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void anOpenEndedRangeRunsToTheEdgeOfTheData() {
        assertThat(parse(Map.of("from", List.of("2020"))).filter().years()).isEqualTo(new YearRange(2020, 2025));
        assertThat(parse(Map.of("to", List.of("2016"))).filter().years()).isEqualTo(new YearRange(2015, 2016));
    }

    @Test
    void ignoresWhatItCannotUseAndSaysWhichParameterAndWhy() {
        ParsedFilter parsed = parse(Map.of(
                "year",
                List.of("abc"),
                "country",
                List.of("AFG,XXX"),
                "claim",
                List.of("rumoured"),
                "minKilled",
                List.of("-3"),
                "event",
                List.of("no-such-attack")));

        assertThat(parsed.filter()).isEqualTo(EventFilter.allYears().withCountries(Set.of("AFG")));
        assertThat(parsed.eventId()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ParameterProblem::parameter)
                .containsExactlyInAnyOrder("year", "country", "claim", "minKilled", "event");
        assertThat(parsed.problems()).extracting(ParameterProblem::value).contains("abc", "XXX", "rumoured", "-3");
    }

    @Test
    void aProblemSaysWhatIsWrongApartFromWhatThePageDoesInstead() {
        ParameterProblem problem =
                parse(Map.of("year", List.of("abc"))).problems().getFirst();

        assertThat(problem.message().in(EnglishTexts.translation())).isEqualTo("not a year");
        assertThat(problem.fallback().in(EnglishTexts.translation())).isEqualTo("showing all years");
        assertThat(problem.describe(EnglishTexts.translation())).isEqualTo("year=“abc”: not a year; showing all years");
    }

    @Test
    void yearsOutsideTheDataOrBackwardsRangesShowAllYears() {
        assertThat(parse(Map.of("year", List.of("1850"))).filter()).isEqualTo(EventFilter.allYears());
        ParsedFilter backwards = parse(Map.of("from", List.of("2024"), "to", List.of("2016")));
        assertThat(backwards.filter().years().isAll()).isTrue();
        assertThat(backwards.problems())
                .singleElement()
                .extracting(ParameterProblem::parameter)
                .isEqualTo("from");
    }

    @Test
    void aYearWinsOverARangeGivenWithIt() {
        ParsedFilter parsed = parse(Map.of("year", List.of("2021"), "from", List.of("2016")));

        assertThat(parsed.filter()).isEqualTo(EventFilter.year(2021));
        assertThat(parsed.problems())
                .singleElement()
                .extracting(ParameterProblem::parameter)
                .isEqualTo("from");
    }

    @Test
    void aRepeatedSingleValueUsesTheFirstAndSaysSo() {
        ParsedFilter parsed = parse(Map.of("year", List.of("2021", "2016")));

        assertThat(parsed.filter()).isEqualTo(EventFilter.year(2021));
        assertThat(parsed.problems()).hasSize(1);
    }

    @Test
    void hugeOrHostileValuesAreRefusedAndCutShortWhenShown() {
        String hostile = "<script>alert(1)</script>".repeat(10);
        ParsedFilter parsed = parse(Map.of("minKilled", List.of("99999999999"), "country", List.of(hostile)));

        assertThat(parsed.filter()).isEqualTo(EventFilter.allYears());
        assertThat(parsed.problems())
                .allSatisfy(problem -> assertThat(
                                problem.describe(EnglishTexts.translation()).length())
                        .isLessThan(120));
    }

    @Test
    void formatGivesTheShortestParametersThatParseBackToTheSameFilter() {
        EventFilter filter = EventFilter.allYears()
                .withYears(new YearRange(2016, 2021))
                .withCountries(Set.of("PAK", "AFG"))
                .withClaims(Set.of(ClaimStatus.DISPUTED, ClaimStatus.CLAIMED))
                .withMinKilled(5);

        Map<String, List<String>> formatted = FilterParameters.format(filter, Optional.of(kabul.id()));

        assertThat(formatted)
                .containsExactly(
                        Map.entry("from", List.of("2016")),
                        Map.entry("to", List.of("2021")),
                        Map.entry("country", List.of("AFG,PAK")),
                        Map.entry("claim", List.of("claimed,disputed")),
                        Map.entry("minKilled", List.of("5")),
                        Map.entry("event", List.of(kabul.id())));
        ParsedFilter back = parse(formatted);
        assertThat(back.filter()).isEqualTo(filter);
        assertThat(back.eventId()).contains(kabul.id());
        assertThat(FilterParameters.format(EventFilter.year(2021), Optional.empty()))
                .containsExactly(Map.entry("year", List.of("2021")));
        assertThat(FilterParameters.format(EventFilter.allYears(), Optional.empty()))
                .isEmpty();
    }

    private ParsedFilter parse(Map<String, List<String>> query) {
        return parameters.parse(query);
    }
}
