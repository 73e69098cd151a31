package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One client opens tabs one after another as fast as it can (the page, Vaadin's bootstrap, the navigation that
 * builds the dashboard; no browser) and abandons each, against the production jar on a small heap. Before the
 * session limits, each tab kept ~370 KB for 30 minutes and the heap ran out after a few hundred: OutOfMemoryError,
 * then HTTP 500 for every new visitor. Now new visitors get the busy page (503, Retry-After) once the heap or the
 * session cap is reached, while the API and the health check keep answering. A second client reusing one cookie is
 * held to the cap of tabs per session.
 */
class AbandonedTabsIT {

    /** Small enough that the heap limit is reached within a minute; the app itself needs ~40 MB. */
    private static final String HEAP = "-Xmx192m";

    private static final int MAX_TABS = 1_500;
    private static final Duration MAX_ATTACK = Duration.ofSeconds(150);
    /** Busy answers in a row after which the attack has shown what it can. */
    private static final int BUSY_IN_A_ROW = 25;

    @Test
    void abandonedTabsEndInTheBusyPageNeverInAnOutOfMemoryError() throws IOException {
        try (RunningApp app = RunningApp.start(
                "abandoned-tabs", List.of(HEAP), RunningApp.findJar(), List.of(), Duration.ofSeconds(120))) {
            TabFlood.Result flood = TabFlood.run(app.baseUri(), MAX_TABS, MAX_ATTACK, BUSY_IN_A_ROW);
            System.out.printf(
                    "[tabs] %d tabs opened in %.1f s, then %d busy answers in a row (%s)%n",
                    flood.opened(), flood.took().toMillis() / 1e3, flood.busyInARow(), HEAP);

            assertThat(flood.failures())
                    .as("answers other than a tab or the busy page")
                    .isEmpty();
            assertThat(flood.busyInARow())
                    .as("the busy page came before " + MAX_TABS + " tabs")
                    .isEqualTo(BUSY_IN_A_ROW);
            RawHttp http = new RawHttp(app.baseUri());
            assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
            assertThat(http.get("/api/summary?year=2021", null).status()).isEqualTo(200);
            RawHttp.Answer newVisitor = http.get("/", null);
            assertThat(newVisitor.status() == 200 || TabFlood.isBusyPage(newVisitor))
                    .as("a new visitor")
                    .isTrue();
            assertThat(Files.readString(app.log(), StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void oneSessionCannotOpenTabsWithoutEnd() {
        try (RunningApp app = RunningApp.start(
                "tabs-one-session",
                List.of(),
                RunningApp.findJar(),
                List.of("--atlas.sessions.max-tabs-per-session=5"),
                Duration.ofSeconds(120))) {
            RawHttp http = new RawHttp(app.baseUri());
            String cookie = http.get("/", null).sessionCookie();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(new VaadinClient(http, cookie).start().status());
            }

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 503, 503, 503);
            assertThat(http.get("/api/summary", null).status()).isEqualTo(200);
        }
    }
}
