package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.select.ReaderChoice;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

class DashboardViewTest extends DashboardTestBase {

    private static final int YEAR = 2021;

    @Test
    void opensOnAllYearsWithEveryAttackOnTheMap() {
        navigate(DashboardView.class);

        assertThat(totalsFigure("totals-attacks")).isEqualTo(Figures.count(catalog.size()));
        CasualtySummary all = CasualtySummary.of(catalog.find(EventFilter.allYears()));
        assertThat(totalsFigure("totals-killed"))
                .isEqualTo(Figures.count(all.killed().best()));
        assertThat(mapPayloadIds()).hasSize(catalog.size());
        assertThat(find(Paragraph.class).withId("filter-notice").exists()).isFalse();
        assertThat(shownCount())
                .isEqualTo("Showing " + Figures.count(catalog.size()) + " of " + Figures.count(catalog.size())
                        + " attacks");
        List<Integer> years = catalog.yearTotals().stream().map(t -> t.year()).toList();
        assertThat(totalsHeading()).isEqualTo("All years, " + years.getFirst() + "–" + years.getLast());
    }

    @Test
    void yearInTheUrlFiltersTotalsChartAndMap() {
        open("year", String.valueOf(YEAR));

        assertFiltered(attacks(EventFilter.year(YEAR)));
        assertThat(yearSelect().getValue()).isEqualTo(YearRange.of(YEAR));
        assertThat(pressedYears()).containsExactly(YEAR);
        assertThat(totalsHeading()).isEqualTo("In " + YEAR);
    }

    @Test
    void choosingAYearInTheSelectUpdatesEverythingAndTheUrl() {
        navigate(DashboardView.class);

        ReaderChoice.choose(yearSelect(), String.valueOf(YEAR));

        assertFiltered(attacks(EventFilter.year(YEAR)));
        assertThat(currentLocation()).isEqualTo("?year=" + YEAR);
    }

    @Test
    void pressingAChartBarSelectsItsYearAndPressingItAgainShowsAllYears() {
        navigate(DashboardView.class);

        chart().pick(2020);
        assertFiltered(attacks(EventFilter.year(2020)));
        assertThat(currentLocation()).isEqualTo("?year=2020");

        chart().pick(2020);
        assertThat(mapPayloadIds()).hasSize(catalog.size());
        assertThat(currentLocation()).isEmpty();
    }

    @Test
    void saysWhenAttacksClaimedForPakistanProvinceAreIncluded() {
        List<AttackEvent> all = catalog.find(EventFilter.allYears());
        int pakistanProvince =
                (int) all.stream().filter(e -> e.branch() == Branch.ISPP).count();
        assertThat(pakistanProvince).as("the shipped data has ISPP attacks").isPositive();

        navigate(DashboardView.class);

        assertThat(totalsFootnote())
                .contains("Includes " + Figures.count(pakistanProvince) + " attack")
                .contains("IS Pakistan Province");
    }

    @Test
    void invalidYearsShowAllYearsWithANotice() {
        for (String bad : List.of("abc", "1850", "<script>alert(1)</script>")) {
            open("year", bad);

            assertThat(mapPayloadIds()).hasSize(catalog.size());
            assertThat(notice().isVisible()).isTrue();
            assertThat(notice().getText()).contains("showing all years");
            assertThat(yearSelect().getValue()).isEqualTo(YearRange.all());
        }
    }

    @Test
    void clickingAMarkerShowsItsCardWithEverySource() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));

        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(event.name());
        List<String> links =
                find(
                                Anchor.class,
                                find(SourceList.class, find(Div.class).id("attack-card"))
                                        .single())
                        .all()
                        .stream()
                        .map(Anchor::getHref)
                        .toList();
        assertThat(links)
                .containsExactlyElementsOf(
                        event.sources().stream().map(s -> s.url().toString()).toList());
        assertThat(map.getSelectedFeature()).isEqualTo(event.id());
    }

    @Test
    void theSelectedAttackIsInTheUrlAndALinkToItOpensItsCard() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));
        assertThat(currentLocation()).isEqualTo("?event=" + event.id());

        open("event", event.id());
        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(event.name());
    }

    @Test
    void countryClaimAndDeathParametersNarrowTheAttacks() {
        open("country", "PAK", "claim", "claimed,disputed", "minKilled", "20");

        assertFiltered(attacks(EventFilter.allYears()
                .withCountries(Set.of("PAK"))
                .withClaims(Set.of(ClaimStatus.CLAIMED, ClaimStatus.DISPUTED))
                .withMinKilled(20)));
        assertThat(find(Paragraph.class).withId("filter-notice").exists()).isFalse();
    }

    @Test
    void filteringToAnotherYearClearsASelectionThatIsNoLongerShown() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));

        chart().pick(YEAR - 1);

        assertThat(map.getSelectedFeature()).isNull();
        assertThat(find(H3.class).all())
                .noneMatch(h -> "attack-card-title".equals(h.getId().orElse("")));
    }

    @Test
    void aFilterThatStillShowsTheSelectedAttackKeepsItSelected() {
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        open("event", event.id());

        chart().pick(YEAR);

        assertUrl("year", String.valueOf(YEAR), "event", event.id());
        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(event.name());
    }
}
