package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;

@SpringBootTest
class AttackTableTest extends SpringBrowserlessTest {

    private static final int YEAR = 2021;

    @Autowired
    private AttackCatalog catalog;

    @Test
    void listsEveryAttackOfTheFilterByDateWithReadableFigures() {
        openYear(YEAR);
        List<AttackEvent> inYear = catalog.find(EventFilter.year(YEAR));

        assertThat(rows()).containsExactlyElementsOf(inYear);
        assertThat(table().getSortDirection(AttackTable.DATE)).isEqualTo(SortDirection.ASCENDING);
        AttackEvent first = inYear.getFirst();
        assertThat(cell(0, AttackTable.DATE)).isEqualTo(Figures.date(first));
        assertThat(name(0, AttackTable.NAME)).isEqualTo(first.name());
        assertThat(cell(0, AttackTable.KILLED))
                .isEqualTo(Figures.killed(first.casualties().killed()));
        assertThat(cell(0, AttackTable.SOURCES))
                .isEqualTo(String.valueOf(first.sources().size()));
        assertThat(cell(0, AttackTable.CLAIM))
                .isEqualTo(Map.of(
                                ClaimStatus.CLAIMED, "Claimed",
                                ClaimStatus.ATTRIBUTED, "Attributed",
                                ClaimStatus.SUSPECTED, "Suspected",
                                ClaimStatus.DISPUTED, "Disputed")
                        .get(first.claim().status()));
        assertThat(name(0, AttackTable.PROVINCE)).isEqualTo(first.admin1());
        assertThat(find(H2.class).id("table-heading").getText()).isEqualTo("Table: " + inYear.size() + " attacks");
    }

    @Test
    void showsTheNewFilterAfterEveryChange() {
        openYear(YEAR);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("country", "PAK"));

        List<AttackEvent> pakistan = catalog.find(EventFilter.allYears().withCountries(java.util.Set.of("PAK")));
        assertThat(pakistan).isNotEmpty();
        assertThat(rows()).containsExactlyElementsOf(pakistan);
        assertThat(cell(0, AttackTable.COUNTRY)).isEqualTo("Pakistan");
    }

    @Test
    void sortsOnTheServerByTheChosenColumnEitherWay() {
        navigate(DashboardView.class);
        List<AttackEvent> all = catalog.find(EventFilter.allYears());

        table().sortByColumn(AttackTable.KILLED, SortDirection.DESCENDING);
        List<Integer> killed =
                rows().stream().map(e -> e.casualties().killed().best()).toList();
        assertThat(killed).hasSize(all.size()).isSortedAccordingTo(Comparator.reverseOrder());

        table().sortByColumn(AttackTable.SOURCES, SortDirection.ASCENDING);
        assertThat(rows().stream().map(e -> e.sources().size()).toList()).isSorted();

        table().sortByColumn(AttackTable.CLAIM, SortDirection.ASCENDING);
        assertThat(rows().stream().map(e -> e.claim().status()).toList()).isSorted();
    }

    @Test
    void attacksWithoutAnInjuryFigureSayUnknownAndSortBelowEveryFigure() {
        navigate(DashboardView.class);
        long unknown = catalog.find(EventFilter.allYears()).stream()
                .filter(e -> e.casualties().injured().isEmpty())
                .count();
        assertThat(unknown)
                .as("the shipped data has attacks without an injury figure")
                .isPositive();

        table().sortByColumn(AttackTable.INJURED, SortDirection.ASCENDING);

        IntStream.range(0, (int) unknown)
                .forEach(row -> assertThat(cell(row, AttackTable.INJURED)).isEqualTo("unknown"));
        assertThat(rows().get((int) unknown).casualties().injured()).isPresent();
    }

    @Test
    void choosingARowPutsTheAttackInTheUrlOpensItsCardAndSelectsItOnTheMap() {
        openYear(YEAR);
        AttackEvent third = catalog.find(EventFilter.year(YEAR)).get(2);

        table().select(2);

        assertThat(currentLocation()).isEqualTo("?year=" + YEAR + "&event=" + third.id());
        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(third.name());
        assertThat(find(LeafletMap.class).single().getSelectedFeature()).isEqualTo(third.id());
        assertThat(grid().asSingleSelect().getValue()).isEqualTo(third);
    }

    @Test
    void clickingAMarkerSelectsItsRow() {
        openYear(YEAR);
        AttackEvent last = catalog.find(EventFilter.year(YEAR)).getLast();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, last.id()));

        assertThat(grid().asSingleSelect().getValue()).isEqualTo(last);
        assertThat(table().getSelected()).containsExactly(last);
    }

    @Test
    void aLinkToAnAttackOutsideTheFilterOpensItsCardWithNoRowMarked() {
        AttackEvent elsewhere = catalog.find(EventFilter.year(YEAR)).getFirst();
        navigate(DashboardView.class);

        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        new QueryParameters(java.util.Map.of(
                                "year", List.of(String.valueOf(YEAR - 1)), "event", List.of(elsewhere.id()))));

        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(elsewhere.name());
        assertThat(rows())
                .doesNotContain(elsewhere)
                .containsExactlyElementsOf(catalog.find(EventFilter.year(YEAR - 1)));
        assertThat(grid().asSingleSelect().getValue()).isNull();
    }

    @Test
    void anotherYearClearsTheRowSelection() {
        openYear(YEAR);
        table().select(0);
        assertThat(grid().asSingleSelect().getValue()).isNotNull();

        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("year", String.valueOf(YEAR - 1)));

        assertThat(grid().asSingleSelect().getValue()).isNull();
        assertThat(rows()).containsExactlyElementsOf(catalog.find(EventFilter.year(YEAR - 1)));
    }

    @Test
    void downloadLinksPointAtTheApiWithTheFilterAndCountTheAttacks() {
        openYear(YEAR);
        int count = catalog.find(EventFilter.year(YEAR)).size();

        Anchor csv = find(Anchor.class).id("download-csv");
        Anchor geoJson = find(Anchor.class).id("download-geojson");
        assertThat(csv.getText()).isEqualTo("Download CSV (" + count + " attacks)");
        assertThat(csv.getHref()).isEqualTo("api/events.csv?year=" + YEAR);
        assertThat(csv.getElement().getAttribute("download")).isEqualTo("khorasan-atlas_year-" + YEAR + ".csv");
        assertThat(geoJson.getText()).isEqualTo("Download GeoJSON (" + count + " attacks)");
        assertThat(geoJson.getHref()).isEqualTo("api/events?year=" + YEAR);
        assertThat(geoJson.getElement().getAttribute("download")).isEqualTo("khorasan-atlas_year-" + YEAR + ".geojson");

        navigate(DashboardView.class);
        assertThat(find(Anchor.class).id("download-csv").getHref()).isEqualTo("api/events.csv");
        assertThat(find(Anchor.class).id("download-csv").getText())
                .isEqualTo("Download CSV (" + Figures.count(catalog.size()) + " attacks)");
    }

    @Test
    void phoneTabsShowEitherTheOverviewOrTheTable() {
        navigate(DashboardView.class);
        Section overview = find(Section.class).id("side-panel");
        Section table = find(Section.class).id("table-panel");
        NativeButton overviewTab = find(NativeButton.class).id("phone-tab-side-panel");
        NativeButton tableTab = find(NativeButton.class).id("phone-tab-table-panel");
        assertThat(overview.hasClassName(PhoneTabs.HIDDEN_ON_PHONE)).isFalse();
        assertThat(table.hasClassName(PhoneTabs.HIDDEN_ON_PHONE)).isTrue();
        assertThat(overviewTab.getElement().getAttribute("aria-selected")).isEqualTo("true");

        test(tableTab).click();

        assertThat(overview.hasClassName(PhoneTabs.HIDDEN_ON_PHONE)).isTrue();
        assertThat(table.hasClassName(PhoneTabs.HIDDEN_ON_PHONE)).isFalse();
        assertThat(tableTab.getElement().getAttribute("aria-selected")).isEqualTo("true");
        assertThat(overviewTab.getElement().getAttribute("aria-selected")).isEqualTo("false");
        assertThat(tableTab.getTabIndex()).isZero();
        assertThat(overviewTab.getTabIndex()).isEqualTo(-1);
        assertThat(tableTab.getElement().getAttribute("aria-controls")).isEqualTo("table-panel");
    }

    private void openYear(int year) {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("year", String.valueOf(year)));
    }

    @SuppressWarnings("unchecked")
    private Grid<AttackEvent> grid() {
        return find(Grid.class).id("attack-table");
    }

    private GridTester<Grid<AttackEvent>, AttackEvent> table() {
        return test(grid());
    }

    private List<AttackEvent> rows() {
        GridTester<Grid<AttackEvent>, AttackEvent> table = table();
        return IntStream.range(0, table.size()).mapToObj(table::getRow).toList();
    }

    private String cell(int row, String column) {
        return table().getCellText(row, table().getColumnPosition(column));
    }

    /** A column of names, each marked with its language: the name, as its renderer gets it. */
    private String name(int row, String column) {
        return table().getLitRendererPropertyValue(row, column, "name", String.class);
    }

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
