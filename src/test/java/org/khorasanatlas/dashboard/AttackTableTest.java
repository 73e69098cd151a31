package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.rowtable.RowTable;
import org.khorasanatlas.rowtable.RowTableTester;
import org.khorasanatlas.table.AttackRows;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;

/** The table of attacks: the rows its URL answers for the filter, and choosing and marking a row. */
class AttackTableTest extends DashboardTestBase {

    private static final int YEAR = 2021;

    @Test
    void listsEveryAttackOfTheFilterByDateWithReadableFigures() {
        open("year", String.valueOf(YEAR));
        List<AttackEvent> inYear = catalog.find(EventFilter.year(YEAR));

        JsonNode page = page("");
        assertThat(ids(page)).containsExactlyElementsOf(ids(inYear));
        assertThat(page.path("sort").asString()).isEqualTo(AttackRows.DATE);
        assertThat(page.path("dir").asString()).isEqualTo("asc");
        AttackEvent first = inYear.getFirst();
        assertThat(cell(page, 0, AttackRows.DATE)).isEqualTo(Figures.date(first));
        assertThat(cell(page, 0, AttackRows.NAME)).isEqualTo(first.name());
        assertThat(cell(page, 0, AttackRows.KILLED))
                .isEqualTo(Figures.killed(first.casualties().killed()));
        assertThat(cell(page, 0, AttackRows.SOURCES))
                .isEqualTo(String.valueOf(first.sources().size()));
        assertThat(cell(page, 0, AttackRows.CLAIM))
                .isEqualTo(Map.of(
                                ClaimStatus.CLAIMED, "Claimed",
                                ClaimStatus.ATTRIBUTED, "Attributed",
                                ClaimStatus.SUSPECTED, "Suspected",
                                ClaimStatus.DISPUTED, "Disputed")
                        .get(first.claim().status()));
        assertThat(cell(page, 0, AttackRows.PROVINCE)).isEqualTo(first.admin1());
        assertThat(page.path("rows").get(0).path("cells").get(1).has("lang"))
                .as("an English page marks no name as English")
                .isFalse();
        assertThat(find(H2.class).id("table-heading").getText()).isEqualTo("Table: " + inYear.size() + " attacks");
    }

    @Test
    void showsTheNewFilterAfterEveryChange() {
        open("year", String.valueOf(YEAR));
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("country", "PAK"));

        List<AttackEvent> pakistan = catalog.find(EventFilter.allYears().withCountries(Set.of("PAK")));
        assertThat(pakistan.size()).as("more than a page of attacks").isGreaterThan(AttackRows.PAGE_SIZE);
        JsonNode first = page("");
        assertThat(first.path("total").asInt()).isEqualTo(pakistan.size());
        assertThat(ids(first)).containsExactlyElementsOf(ids(pakistan.subList(0, AttackRows.PAGE_SIZE)));
        assertThat(cell(first, 0, AttackRows.COUNTRY)).isEqualTo("Pakistan");
        assertThat(first.path("range").asString())
                .isEqualTo("Rows 1\u2013" + AttackRows.PAGE_SIZE + " of " + Figures.count(pakistan.size()));
        assertThat(ids(page("&page=1")))
                .startsWith(pakistan.get(AttackRows.PAGE_SIZE).id());
    }

    @Test
    void sortsOnTheServerByTheChosenColumnEitherWay() {
        navigate(DashboardView.class);
        List<AttackEvent> all = catalog.find(EventFilter.allYears());

        JsonNode deadliest = page("&sort=killed&dir=desc");
        assertThat(ids(deadliest))
                .containsExactlyElementsOf(ids(all.stream()
                        .sorted(Comparator.comparingInt((AttackEvent e) ->
                                        -e.casualties().killed().best())
                                .thenComparing(AttackEvent::date)
                                .thenComparing(AttackEvent::id))
                        .limit(AttackRows.PAGE_SIZE)
                        .toList()));
        assertThat(deadliest.path("sort").asString()).isEqualTo("killed");
        assertThat(deadliest.path("dir").asString()).isEqualTo("desc");

        List<Integer> sources = ids(page("&sort=sources")).stream()
                .map(id -> catalog.byId(id).orElseThrow().sources().size())
                .toList();
        assertThat(sources).isSorted();
        List<ClaimStatus> claims = ids(page("&sort=claim&dir=desc")).stream()
                .map(id -> catalog.byId(id).orElseThrow().claim().status())
                .toList();
        assertThat(claims).isSortedAccordingTo(Comparator.reverseOrder());
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
        int firstKnown = (int) unknown;

        JsonNode first = page("&sort=injured");
        JsonNode known = page("&sort=injured&page=" + firstKnown / AttackRows.PAGE_SIZE);

        assertThat(cell(first, 0, AttackRows.INJURED)).isEqualTo("unknown");
        assertThat(cell(known, firstKnown % AttackRows.PAGE_SIZE, AttackRows.INJURED))
                .isNotEqualTo("unknown")
                .matches("[0-9,\\u2013]+");
        if (firstKnown % AttackRows.PAGE_SIZE > 0) {
            assertThat(cell(known, firstKnown % AttackRows.PAGE_SIZE - 1, AttackRows.INJURED))
                    .isEqualTo("unknown");
        }
    }

    @Test
    void aRowAskedForComesOnItsPage() {
        navigate(DashboardView.class);
        List<AttackEvent> all = catalog.find(EventFilter.allYears());
        AttackEvent last = all.getLast();

        JsonNode page = page("&around=" + last.id());

        assertThat(page.path("page").asInt()).isEqualTo((all.size() - 1) / AttackRows.PAGE_SIZE);
        assertThat(ids(page)).endsWith(last.id());
    }

    @Test
    void aDariPageMarksEnglishNamesWithTheirLanguageAndDirection() {
        UI.getCurrent().setLocale(Language.DARI.locale(null));
        open("year", String.valueOf(YEAR));

        JsonNode name = page("").path("rows").get(0).path("cells").get(1);

        assertThat(name.path("lang").asString()).isEqualTo("en");
        assertThat(name.path("dir").asString()).isEqualTo("ltr");
    }

    @Test
    void choosingARowPutsTheAttackInTheUrlOpensItsCardAndSelectsItOnTheMap() {
        open("year", String.valueOf(YEAR));
        AttackEvent third = catalog.find(EventFilter.year(YEAR)).get(2);

        table().choose(third.id());

        assertThat(currentLocation()).isEqualTo("?year=" + YEAR + "&event=" + third.id());
        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(third.name());
        assertThat(find(LeafletMap.class).single().getSelectedFeature()).isEqualTo(third.id());
        assertThat(table().selected()).isEqualTo(third.id());
    }

    @Test
    void aRowIdTheTableDoesNotListChangesNothing() {
        open("year", String.valueOf(YEAR));
        AttackEvent otherYear = catalog.find(EventFilter.year(YEAR - 1)).getFirst();

        table().choose(otherYear.id());
        table().choose("<img src=x onerror=alert(1)>");

        assertThat(currentLocation()).isEqualTo("?year=" + YEAR);
        assertThat(table().selected()).isEmpty();
    }

    @Test
    void clickingAMarkerMarksItsRow() {
        open("year", String.valueOf(YEAR));
        AttackEvent last = catalog.find(EventFilter.year(YEAR)).getLast();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, last.id()));

        assertThat(table().selected()).isEqualTo(last.id());
    }

    @Test
    void aLinkToAnAttackOutsideTheFilterOpensItsCardWithNoRowMarked() {
        AttackEvent elsewhere = catalog.find(EventFilter.year(YEAR)).getFirst();

        open("year", String.valueOf(YEAR - 1), "event", elsewhere.id());

        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(elsewhere.name());
        assertThat(ids(page(""))).doesNotContain(elsewhere.id());
        assertThat(table().selected()).isEmpty();
    }

    @Test
    void anotherYearClearsTheRowSelection() {
        open("year", String.valueOf(YEAR));
        table().choose(catalog.find(EventFilter.year(YEAR)).getFirst().id());
        assertThat(table().selected()).isNotEmpty();

        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("year", String.valueOf(YEAR - 1)));

        assertThat(table().selected()).isEmpty();
        assertThat(ids(page(""))).containsExactlyElementsOf(ids(catalog.find(EventFilter.year(YEAR - 1))));
    }

    @Test
    void downloadLinksPointAtTheApiWithTheFilterAndCountTheAttacks() {
        open("year", String.valueOf(YEAR));
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
    void phoneTabsNameTheirPanesAndOnlyTheOverviewShowsAtFirst() {
        navigate(DashboardView.class);

        assertThat(find(PhoneTabs.class).single().getElement().getProperty("tabs"))
                .isEqualTo("[{\"label\":\"Overview\",\"pane\":\"side-panel\"},"
                        + "{\"label\":\"Table\",\"pane\":\"table-panel\"}]");
        assertThat(find(Section.class).id("side-panel").hasClassName(PhoneTabs.HIDDEN_ON_PHONE))
                .isFalse();
        assertThat(find(Section.class).id("table-panel").hasClassName(PhoneTabs.HIDDEN_ON_PHONE))
                .isTrue();
    }

    private RowTableTester table() {
        return new RowTableTester(find(RowTable.class).id("attack-table"));
    }

    /** A page of the rows the browser fetches for the table as it is now, with the table's own parameters. */
    private JsonNode page(String tableParameters) {
        return fetch(table().source() + tableParameters);
    }

    private String cell(JsonNode page, int row, String key) {
        List<String> keys = table().columnKeys();
        return page.path("rows")
                .get(row)
                .path("cells")
                .get(keys.indexOf(key))
                .path("text")
                .asString();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("rows")
                .valueStream()
                .map(row -> row.path("id").asString())
                .toList();
    }

    private static List<String> ids(List<AttackEvent> attacks) {
        return attacks.stream().map(AttackEvent::id).toList();
    }
}
