package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.PointFeature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static final int YEAR = 2021;

    @Autowired
    private AttackCatalog catalog;

    @Test
    void opensOnAllYearsWithEveryAttackOnTheMap() {
        navigate(DashboardView.class);

        assertThat(text("totals-attacks")).isEqualTo(Figures.count(catalog.size()));
        CasualtySummary all = CasualtySummary.of(catalog.find(EventFilter.allYears()));
        assertThat(text("totals-killed")).isEqualTo(Figures.count(all.killed().best()));
        assertThat(mapPayloadIds()).hasSize(catalog.size());
        assertThat(find(Paragraph.class).withId("filter-notice").exists()).isFalse();
    }

    @Test
    void yearInTheUrlFiltersTotalsChartAndMap() {
        openWithParameter("year", String.valueOf(YEAR));

        List<AttackEvent> inYear = catalog.find(EventFilter.year(YEAR));
        assertThat(inYear).isNotEmpty();
        assertFiltered(inYear);
        assertThat(yearSelect().getValue()).isEqualTo(YEAR);
        assertThat(bar(YEAR).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(bar(YEAR - 1).getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void choosingAYearInTheSelectUpdatesEverythingAndTheUrl() {
        navigate(DashboardView.class);

        test(yearSelect()).selectItem(String.valueOf(YEAR));

        assertFiltered(catalog.find(EventFilter.year(YEAR)));
        assertThat(currentLocation()).isEqualTo("?year=" + YEAR);
    }

    @Test
    void pressingAChartBarSelectsItsYearAndPressingItAgainShowsAllYears() {
        navigate(DashboardView.class);

        test(bar(2020)).click();
        assertFiltered(catalog.find(EventFilter.year(2020)));
        assertThat(currentLocation()).isEqualTo("?year=2020");

        test(bar(2020)).click();
        assertThat(mapPayloadIds()).hasSize(catalog.size());
        assertThat(currentLocation()).isEmpty();
    }

    @Test
    void saysWhenAttacksClaimedForPakistanProvinceAreIncluded() {
        List<AttackEvent> all = catalog.find(EventFilter.allYears());
        int pakistanProvince = (int) all.stream().filter(e -> e.branch() == Branch.ISPP).count();
        assertThat(pakistanProvince).as("the shipped data has ISPP attacks").isPositive();

        navigate(DashboardView.class);

        assertThat(find(Paragraph.class, find(com.vaadin.flow.component.html.Div.class).id("totals")).single()
                .getText()).contains("Includes " + Figures.count(pakistanProvince) + " attack")
                .contains("IS Pakistan Province");
    }

    @Test
    void invalidYearsShowAllYearsWithANotice() {
        for (String bad : List.of("abc", "1850", "<script>alert(1)</script>")) {
            openWithParameter("year", bad);

            assertThat(mapPayloadIds()).hasSize(catalog.size());
            assertThat(notice().isVisible()).isTrue();
            assertThat(notice().getText()).contains("showing all years");
            assertThat(yearSelect().getValue()).isNull();
        }
    }

    @Test
    void clickingAMarkerShowsItsCardWithEverySource() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));

        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(event.name());
        List<String> links = find(Anchor.class, find(com.vaadin.flow.component.html.Div.class).id("attack-card"))
                .all().stream().map(Anchor::getHref).toList();
        assertThat(links).containsExactlyElementsOf(event.sources().stream().map(s -> s.url().toString()).toList());
        assertThat(map.getSelectedFeature()).isEqualTo(event.id());
    }

    @Test
    void theSelectedAttackIsInTheUrlAndALinkToItOpensItsCard() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));
        assertThat(currentLocation()).isEqualTo("?event=" + event.id());

        openWithParameter("event", event.id());
        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(event.name());
    }

    @Test
    void countryClaimAndDeathParametersNarrowTheAttacks() {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, new QueryParameters(Map.of(
                "country", List.of("PAK"), "claim", List.of("claimed,disputed"), "minKilled", List.of("20"))));

        assertFiltered(catalog.find(EventFilter.allYears().withCountries(java.util.Set.of("PAK"))
                .withClaims(java.util.Set.of(ClaimStatus.CLAIMED, ClaimStatus.DISPUTED)).withMinKilled(20)));
        assertThat(find(Paragraph.class).withId("filter-notice").exists()).isFalse();
    }

    @Test
    void filteringToAnotherYearClearsASelectionThatIsNoLongerShown() {
        navigate(DashboardView.class);
        AttackEvent event = catalog.find(EventFilter.year(YEAR)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));

        test(bar(YEAR - 1)).click();

        assertThat(map.getSelectedFeature()).isNull();
        assertThat(find(H3.class).all()).noneMatch(h -> "attack-card-title".equals(h.getId().orElse("")));
    }

    private void assertFiltered(List<AttackEvent> expected) {
        CasualtySummary summary = CasualtySummary.of(expected);
        assertThat(text("totals-attacks")).isEqualTo(Figures.count(expected.size()));
        assertThat(text("totals-killed")).isEqualTo(Figures.count(summary.killed().best()));
        assertThat(mapPayloadIds()).containsExactlyInAnyOrderElementsOf(expected.stream().map(AttackEvent::id).toList());
        assertThat(find(LeafletMap.class).single().getPoints()).extracting(PointFeature::id)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(AttackEvent::id).toList());
    }

    /** As if the URL had been typed: the router hands the view the query parameter. */
    private void openWithParameter(String name, String value) {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of(name, value));
    }

    /** The ids in the JSON payload the browser receives, which is what the map actually draws. */
    private List<String> mapPayloadIds() {
        String payload = find(LeafletMap.class).single().getElement().getProperty("points");
        JsonNode points = JsonMapper.builder().build().readTree(payload).path("points");
        return points.valueStream().map(point -> point.path("id").asString()).toList();
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }

    private Paragraph notice() {
        return find(Paragraph.class).id("filter-notice");
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> yearSelect() {
        return find(Select.class).id("year-select");
    }

    private NativeButton bar(int year) {
        return find(NativeButton.class).all().stream()
                .filter(button -> String.valueOf(year).equals(button.getElement().getAttribute("data-year")))
                .findFirst().orElseThrow();
    }

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
