package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.rowtable.RowTable;
import org.khorasanatlas.rowtable.RowTableTester;

import tools.jackson.databind.JsonNode;

/** The province view: its rows follow the other filters, and choosing a row filters by its province, or undoes it. */
class ProvinceTableTest extends DashboardTestBase {

    @Test
    void listsTheProvincesOfTheOtherFiltersAndChoosingOneFiltersByIt() {
        open("year", "2018");
        List<String> provinces =
                List.copyOf(catalog.summaryByProvince(EventFilter.year(2018)).keySet());
        assertThat(ids(fetch(table().source()))).containsExactlyElementsOf(provinces);
        String second = provinces.get(1);

        table().choose(second);

        assertUrl("year", "2018", "province", second);
        assertThat(table().selected()).isEqualTo(second);
        assertThat(ids(fetch(table().source())))
                .as("the other provinces stay listed, to choose another in one step")
                .containsExactlyElementsOf(provinces);

        table().choose(second);

        assertUrl("year", "2018");
        assertThat(table().selected()).isEmpty();
    }

    @Test
    void anIdThatIsNoProvinceChangesNothing() {
        open("year", "2018");

        table().choose("not-a-province");

        assertUrl("year", "2018");
    }

    private RowTableTester table() {
        return new RowTableTester(find(RowTable.class).id("province-table"));
    }

    private static List<String> ids(JsonNode page) {
        return page.path("rows")
                .valueStream()
                .map(row -> row.path("id").asString())
                .toList();
    }
}
