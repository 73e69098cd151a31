package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The load test's Vaadin client, on answers shaped like those recorded from Chromium (trimmed). */
class DashboardTabTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String INIT = """
            {"appConfig":{"v-uiId":0,"uidl":{"clientId":0,"syncId":0,"Vaadin-Security-Key":"token-1",
              "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""";

    /** The dashboard's Year select (node 20) with its list box (21) and items: All years (1), 2016 (2), 2021 (3). */
    private static final String NAVIGATION =
            """
            {"syncId":1,"clientId":1,"changes":[
              {"node":20,"type":"attach"},{"node":20,"type":"put","key":"tag","feat":0,"value":"vaadin-select"},
              {"node":20,"type":"put","key":"id","feat":3,"value":"year-select"},
              {"node":20,"type":"splice","feat":2,"index":0,"addNodes":[21]},
              {"node":21,"type":"attach"},{"node":21,"type":"splice","feat":2,"index":0,"addNodes":[30,32,34]},
              %s, %s, %s,
              {"node":40,"type":"attach"},{"node":40,"type":"put","key":"text","feat":7,"value":"All years"},
              {"node":41,"type":"attach"},{"node":41,"type":"put","key":"text","feat":7,"value":"Showing 9 of 9 attacks"},
              {"node":50,"type":"attach"},{"node":50,"type":"put","key":"tag","feat":0,"value":"atlas-row-table"},
              {"node":50,"type":"put","key":"source","feat":1,"value":"/api/table/attacks?v=1"}]}""".formatted(item(30, "1", "All years"), item(32, "2", "2016"), item(34, "3", "2021"));

    private static final YearTexts TEXTS = new YearTexts(Map.of(
            2016, List.of("In 2016", "Showing 4 of 9 attacks", "12"),
            2021, List.of("In 2021", "Showing 4 of 9 attacks", "30")));

    private static String item(int node, String key, String label) {
        return """
                {"node":%d,"type":"attach"},{"node":%d,"type":"put","key":"value","feat":1,"value":"%s"},
                {"node":%d,"type":"splice","feat":2,"index":0,"addNodes":[%d]},
                {"node":%d,"type":"attach"},{"node":%d,"type":"put","key":"text","feat":7,"value":"%s"}""".formatted(node, node, key, node, node + 1, node + 1, node + 1, label);
    }

    private DashboardTab openTab() {
        DashboardTab tab = new DashboardTab(TEXTS);
        tab.readInit(INIT);
        tab.readNavigation(NAVIGATION);
        return tab;
    }

    @Test
    void navigatesWithTheTokenAndRootNodeFromTheInitAnswer() {
        DashboardTab tab = new DashboardTab(TEXTS);
        tab.readInit(INIT);

        JsonNode message = JSON.readTree(tab.navigateMessage());

        assertThat(tab.uidlPath()).isEqualTo("/?v-r=uidl&v-uiId=0");
        assertThat(message.get("csrfToken").asString()).isEqualTo("token-1");
        assertThat(message.get("syncId").asInt()).isZero();
        assertThat(message.get("rpc").get(0).get("node").asInt()).isEqualTo(1);
        assertThat(message.get("rpc").get(0).get("event").asString()).isEqualTo("ui-navigate");
    }

    @Test
    void findsTheYearItemsAndChoosesByTheirKeys() {
        DashboardTab tab = openTab();

        assertThat(tab.yearKeys()).containsExactly(Map.entry(2016, "2"), Map.entry(2021, "3"));
        JsonNode choose = JSON.readTree(tab.chooseYearMessage(2021));
        assertThat(choose.get("syncId").asInt()).isEqualTo(1);
        assertThat(choose.get("clientId").asInt()).isEqualTo(1);
        assertThat(choose.get("rpc").toString())
                .contains(
                        "{\"type\":\"mSync\",\"node\":20,\"feature\":1," + "\"property\":\"value\",\"value\":\"3\"}",
                        "\"event\":\"value-changed\"");
    }

    @Test
    void fetchesTheFirstPageOfATableOnceForEachUrlItsRowsComeFrom() {
        DashboardTab tab = openTab();

        assertThat(tab.tableFetchPending()).isTrue();
        assertThat(tab.tableFetchPath()).isEqualTo("/api/table/attacks?v=1&page=0");
        assertThat(tab.tableFetchPending()).isFalse();
        DashboardTab.readTablePage("{\"total\":0,\"rows\":[]}");
        assertThatThrownBy(() -> DashboardTab.readTablePage("{\"error\":\"Bad parameter\"}"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsAYearChangeThatShowsTheYearsTotalsEvenWhenACountIsUnchanged() {
        DashboardTab tab = openTab();
        tab.readYearChange(change(2, "In 2016", "Showing 4 of 9 attacks", "12"), 2016);

        // 2021 has the same count as 2016, so its answer leaves the count out; the page still shows it
        tab.readYearChange(change(3, "In 2021", "30"), 2021);

        assertThat(tab.pickYear(new Random(1))).isEqualTo(2016);
    }

    @Test
    void rejectsAnAnswerWithoutTheYearsTotals() {
        DashboardTab tab = openTab();

        assertThatThrownBy(() -> tab.readYearChange(change(2, "In 2016", "Showing 4 of 9 attacks", "99"), 2016))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not show [12]");
    }

    @Test
    void rejectsExpiredSessionsResynchronizationAndLostSync() {
        assertThatThrownBy(() -> openTab().readAnswer("{\"meta\":{\"sessionExpired\":true}}"))
                .hasMessageStartingWith("Session expired");
        assertThatThrownBy(() -> openTab().readAnswer("{\"syncId\":2,\"clientId\":2,\"resynchronize\":true}"))
                .hasMessageContaining("resynchronize");
        assertThatThrownBy(() -> openTab().readAnswer("{\"syncId\":5,\"clientId\":2}"))
                .hasMessageContaining("expected syncId 2, got 5");
        assertThatThrownBy(() -> openTab().readAnswer("<html>error</html>")).hasMessageStartingWith("not JSON");
    }

    @Test
    void theUnloadBeaconCarriesTheCurrentIds() {
        JsonNode beacon = JSON.readTree(openTab().unloadMessage());

        assertThat(beacon.get("UNLOAD").asBoolean()).isTrue();
        assertThat(beacon.get("syncId").asInt()).isEqualTo(1);
        assertThat(beacon.get("rpc").isEmpty()).isTrue();
    }

    /** A year change's answer: texts set on fresh text nodes (ids from 100). */
    private static String change(int syncId, String... texts) {
        StringBuilder changes = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            changes.append(i == 0 ? "" : ",")
                    .append("""
                    {"node":%d,"type":"attach"},{"node":%d,"type":"put","key":"text","feat":7,"value":"%s"}""".formatted(100 + syncId * 10 + i, 100 + syncId * 10 + i, texts[i]));
        }
        return "{\"syncId\":%d,\"clientId\":%d,\"changes\":[%s]}".formatted(syncId, syncId, changes);
    }
}
