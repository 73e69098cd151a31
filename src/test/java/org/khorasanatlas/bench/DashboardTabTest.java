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

    /** The dashboard's Year select (node 20) with its options: All years, 2016 (key 2016-2016), 2021. */
    private static final String NAVIGATION = """
            {"syncId":1,"clientId":1,"changes":[
              {"node":20,"type":"attach"},{"node":20,"type":"put","key":"tag","feat":0,"value":"atlas-native-select"},
              {"node":20,"type":"put","key":"id","feat":3,"value":"year-select"},
              {"node":20,"type":"put","key":"options","feat":1,"value":%s},
              {"node":40,"type":"attach"},{"node":40,"type":"put","key":"text","feat":7,"value":"All years"},
              {"node":41,"type":"attach"},{"node":41,"type":"put","key":"text","feat":7,"value":"Showing 9 of 9 attacks"},
              {"node":60,"type":"attach"},{"node":60,"type":"put","key":"tag","feat":0,"value":"atlas-totals"},
              {"node":50,"type":"attach"},{"node":50,"type":"put","key":"tag","feat":0,"value":"atlas-row-table"},
              {"node":50,"type":"put","key":"source","feat":1,"value":"/api/table/attacks?v=1"}]}""".formatted(JSON.writeValueAsString("""
                            [{"value":"all","label":"All years"},{"value":"2016-2016","label":"2016"},\
                            {"value":"2021-2021","label":"2021"}]"""));

    private static final YearTexts TEXTS = new YearTexts(Map.of(
            2016, List.of("In 2016", "Showing 4 of 9 attacks", "12"),
            2021, List.of("In 2021", "Showing 4 of 9 attacks", "30")));

    private DashboardTab openTab() {
        DashboardTab tab = new DashboardTab(TEXTS);
        tab.readInit(INIT);
        tab.readNavigation(NAVIGATION);
        return tab;
    }

    @Test
    void sendsTheHeartbeatAsOftenAsTheInitAnswerSays() {
        DashboardTab tab = new DashboardTab(TEXTS);
        tab.readInit(INIT.replace("\"v-uiId\":0,", "\"v-uiId\":0,\"heartbeatInterval\":60,"));
        long second = 1_000_000_000L;

        assertThat(tab.heartbeatDue(5 * second))
                .as("the first look starts the clock")
                .isFalse();
        assertThat(tab.heartbeatDue(64 * second)).isFalse();
        assertThat(tab.heartbeatDue(65 * second)).isTrue();
        assertThat(tab.heartbeatDue(66 * second)).as("just sent").isFalse();
        assertThat(tab.heartbeatDue(125 * second)).isTrue();
        assertThat(tab.heartbeatPath()).isEqualTo("/?v-r=heartbeat&v-uiId=0");
    }

    @Test
    void sendsNoHeartbeatWhenTheInitAnswerAsksForNone() {
        DashboardTab tab = new DashboardTab(TEXTS);
        tab.readInit(INIT);

        assertThat(tab.heartbeatDue(0)).isFalse();
        assertThat(tab.heartbeatDue(3_600_000_000_000L)).isFalse();
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
    void findsTheYearOptionsAndChoosesByTheirKeys() {
        DashboardTab tab = openTab();

        assertThat(tab.yearKeys()).containsExactly(Map.entry(2016, "2016-2016"), Map.entry(2021, "2021-2021"));
        JsonNode choose = JSON.readTree(tab.chooseYearMessage(2021));
        assertThat(choose.get("syncId").asInt()).isEqualTo(1);
        assertThat(choose.get("clientId").asInt()).isEqualTo(1);
        assertThat(choose.get("rpc").toString())
                .isEqualTo("[{\"type\":\"event\",\"node\":20,\"event\":\"select-choose\","
                        + "\"data\":{\"event.detail.value\":\"2021-2021\"}}]");
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
        tab.readYearChange(change(2, "In 2016", "12", "Showing 4 of 9 attacks"), 2016);

        // 2021 has the same count as 2016, so its answer leaves the count out; the page still shows it
        tab.readYearChange(change(3, "In 2021", "30"), 2021);

        assertThat(tab.pickYear(new Random(1))).isEqualTo(2016);
    }

    @Test
    void rejectsAnAnswerWithoutTheYearsTotals() {
        DashboardTab tab = openTab();

        assertThatThrownBy(() -> tab.readYearChange(change(2, "In 2016", "99", "Showing 4 of 9 attacks"), 2016))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not show [12]");
    }

    @Test
    void rejectsExpiredSessionsResynchronizationAndLostSync() {
        assertThatThrownBy(() -> openTab().readYearChange("{\"meta\":{\"sessionExpired\":true}}", 2016))
                .hasMessageStartingWith("Session expired");
        assertThatThrownBy(() -> openTab().readYearChange("{\"syncId\":2,\"clientId\":2,\"resynchronize\":true}", 2016))
                .hasMessageContaining("resynchronize");
        assertThatThrownBy(() -> openTab().readYearChange("{\"syncId\":5,\"clientId\":2}", 2016))
                .hasMessageContaining("expected syncId 2, got 5");
        assertThatThrownBy(() -> openTab().readYearChange("<html>error</html>", 2016))
                .hasMessageStartingWith("not JSON");
    }

    @Test
    void theUnloadBeaconCarriesTheCurrentIds() {
        JsonNode beacon = JSON.readTree(openTab().unloadMessage());

        assertThat(beacon.get("UNLOAD").asBoolean()).isTrue();
        assertThat(beacon.get("syncId").asInt()).isEqualTo(1);
        assertThat(beacon.get("rpc").isEmpty()).isTrue();
    }

    /** A year change's answer: texts set on fresh text nodes (ids from 100). */
    /** An answer to a year change: the totals panel's property (heading and deaths) and any changed text nodes. */
    private static String change(int syncId, String heading, String killed, String... texts) {
        String totals = JSON.writeValueAsString("""
                {"heading":"%s","tiles":[{"id":"totals-killed","figure":"%s"}],"footnote":""}""".formatted(heading, killed));
        StringBuilder changes = new StringBuilder("""
                {"node":60,"type":"put","key":"totals","feat":1,"value":%s}""".formatted(totals));
        for (int i = 0; i < texts.length; i++) {
            changes.append(",").append("""
                    {"node":%d,"type":"attach"},{"node":%d,"type":"put","key":"text","feat":7,"value":"%s"}""".formatted(100 + syncId * 10 + i, 100 + syncId * 10 + i, texts[i]));
        }
        return "{\"syncId\":%d,\"clientId\":%d,\"changes\":[%s]}".formatted(syncId, syncId, changes);
    }
}
