package org.khorasanatlas.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One client opening tabs one after another as fast as it can and abandoning each, as the hostile probe did: the page,
 * Vaadin's bootstrap, the navigation that builds the dashboard; no browser. It stops after a number of busy pages in
 * a row (the server has shown that it sheds), at the first other failure, or at a limit of tabs or time. Public for
 * the hostile-load benchmark.
 */
public final class TabFlood {

    /**
     * @param opened     tabs the server built
     * @param busyInARow busy pages (503, Retry-After) at the end
     * @param failures   answers that were neither a tab nor the busy page
     */
    public record Result(int opened, int busyInARow, Duration took, List<String> failures) {}

    private TabFlood() {}

    public static Result run(URI app, int maxTabs, Duration maxTime, int stopAfterBusyInARow) {
        RawHttp http = new RawHttp(app);
        List<String> failures = new ArrayList<>();
        int opened = 0;
        int busyInARow = 0;
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        while (opened < maxTabs
                && busyInARow < stopAfterBusyInARow
                && System.nanoTime() < deadline
                && failures.isEmpty()) {
            RawHttp.Answer page = http.get("/", null);
            VaadinClient tab = new VaadinClient(http, page.sessionCookie());
            RawHttp.Answer init = page.status() == 200 ? tab.start() : page;
            if (isBusyPage(init)) {
                busyInARow++;
            } else if (init.status() != 200) {
                failures.add("tab " + (opened + 1) + ": HTTP " + init.status());
            } else {
                RawHttp.Answer navigation = tab.navigate("");
                if (navigation.status() != 200) {
                    failures.add("tab " + (opened + 1) + ", navigation: HTTP " + navigation.status());
                }
                opened++;
                busyInARow = 0;
            }
        }
        return new Result(opened, busyInARow, Duration.ofNanos(System.nanoTime() - started), failures);
    }

    /** Whether a new visitor gets the page itself now (rather than the busy page). */
    public static boolean newVisitorServed(URI app) {
        return new RawHttp(app).get("/", null).status() == 200;
    }

    /** The busy page: 503 with Retry-After and a small HTML page saying so. */
    static boolean isBusyPage(RawHttp.Answer answer) {
        return answer.status() == 503
                && answer.header("Retry-After") != null
                && answer.contentType().startsWith("text/html")
                && answer.body().contains("Busy, try again shortly")
                && answer.body().length() < 2_000;
    }
}
