package org.khorasanatlas.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A thousand random and hostile query strings ({@link HostileQueries}) against the page and every API endpoint of
 * the production jar. Each goes to the page itself, to Vaadin's bootstrap request that carries it, to the view
 * (the navigation that runs its parameter handling, for the queries a browser gets that far) and to
 * {@code /api/events}, {@code /api/events.csv}, {@code /api/summary} and an unknown {@code /api/...}. Every answer
 * must be below 500, carry the security headers, show no stack trace or internal name, and never put the input
 * back into HTML unescaped; the app must log no error. The seed is printed and in the failure message; replay a
 * run with {@code -Dfuzz.seed=N}.
 */
@E2ETest
class QueryFuzzIT {

    static final int CASES = 1_000;
    private static final long DEFAULT_SEED = 20_261_125L;
    private static final List<String> API = List.of("/api/events", "/api/events.csv", "/api/summary", "/api/whatever");
    private static final List<String> INTERNALS = List.of(
            "Exception",
            "at org.",
            "at java.",
            "org.khorasanatlas",
            "springframework",
            "com.vaadin.flow.",
            "tools.jackson");
    /** Pieces of the hostile values that no answer of the app holds unless it echoed them as markup. */
    private static final List<String> MARKUP =
            List.of("<script>alert", "onerror=alert", "<svg onload", "javascript:alert", "<img src=x", "<script>");

    private static final int SHOWN_FAILURES = 15;

    @Test
    void hostileQueriesNeverBreakThePageOrTheApi(RunningApp app) {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        System.out.println(
                "[fuzz] " + CASES + " query strings from seed " + seed + " (replay: -Dfuzz.seed=" + seed + ")");
        RawHttp http = new RawHttp(app.baseUri());
        long logBefore = logSize(app);
        String cookie = sessionCookie(http);
        VaadinClient vaadin = new VaadinClient(http, cookie);
        assertTrue(vaadin.open(), "Vaadin's bootstrap request failed for an empty query");
        assertTrue(
                vaadin.navigate("year=abc").body().contains("not a year"),
                "the view's parameter handling did not run on navigation");

        // Each bootstrap creates a tab, and a session may hold only so many (atlas.sessions.max-tabs-per-session): the
        // bootstraps go to a session of their own, a new one whenever the busy page says it is full.
        VaadinClient bootstraps = new VaadinClient(http, sessionCookie(http));

        List<String> failures = new ArrayList<>();
        int requests = 0;
        int navigations = 0;
        long started = System.nanoTime();
        for (String query : new HostileQueries(seed).next(CASES)) {
            RawHttp.Answer page = http.get("/?" + query, null);
            check(failures, "GET /?" + query, page, true);
            RawHttp.Answer bootstrap = bootstraps.init(query);
            if (TabFlood.isBusyPage(bootstrap)) {
                bootstraps = new VaadinClient(http, sessionCookie(http));
                bootstrap = bootstraps.init(query);
            }
            check(failures, "bootstrap of ?" + query, bootstrap, false);
            requests += 2;
            if (page.status() == 200) {
                // A browser only navigates after the page loaded: refused queries never reach the view.
                RawHttp.Answer navigation = vaadin.navigate(query);
                check(failures, "navigation to ?" + query, navigation, false);
                if (!navigation.body().contains("\"syncId\"") && !vaadin.open()) {
                    failures.add("navigation to ?" + shorten(query) + ": the UI broke and no new one opens");
                }
                navigations++;
                requests++;
            }
            for (String endpoint : API) {
                RawHttp.Answer answer = http.get(endpoint + "?" + query, null);
                check(failures, "GET " + endpoint + "?" + query, answer, false);
                requests++;
            }
        }
        System.out.printf(
                "[fuzz] %d requests (%d navigations of the view) in %.1f s%n",
                requests, navigations, (System.nanoTime() - started) / 1e9);

        String errorsLogged = newErrors(app, logBefore);
        if (!errorsLogged.isEmpty()) {
            failures.add("the app logged errors:\n" + errorsLogged);
        }
        assertEquals(
                List.of(),
                failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())),
                failures.size() + " failures from seed " + seed + " (replay: -Dfuzz.seed=" + seed + ")");
    }

    private static void check(List<String> failures, String request, RawHttp.Answer answer, boolean isPage) {
        if (answer == RawHttp.CLOSED) {
            return; // refused before it was read: nothing answered, nothing to leak
        }
        List<String> wrong = new ArrayList<>();
        if (answer.status() >= 500) {
            wrong.add("status " + answer.status());
        }
        for (String internal : INTERNALS) {
            if (answer.body().contains(internal)) {
                wrong.add("body shows \"" + internal + "\"");
            }
        }
        if (answer.header("Content-Security-Policy") == null
                || !"nosniff".equals(answer.header("X-Content-Type-Options"))
                || answer.header("Referrer-Policy") == null) {
            wrong.add("security headers missing: " + answer.headers().keySet());
        }
        if (isPage || answer.contentType().startsWith("text/html")) {
            String body = answer.body().toLowerCase(Locale.ROOT);
            MARKUP.stream().filter(body::contains).forEach(markup -> wrong.add("HTML holds \"" + markup + "\""));
        }
        if (!wrong.isEmpty()) {
            failures.add(shorten(request) + ": " + String.join("; ", wrong));
        }
    }

    private static String sessionCookie(RawHttp http) {
        String cookie = http.get("/", null).sessionCookie();
        assertTrue(cookie != null, "no session cookie");
        return cookie;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    private static long logSize(RunningApp app) {
        try {
            return Files.size(app.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ERROR lines the app logged since {@code from} (bytes into its log). */
    private static String newErrors(RunningApp app, long from) {
        try {
            byte[] log = Files.readAllBytes(app.log());
            String added = new String(
                    log,
                    (int) Math.min(from, log.length),
                    (int) Math.max(0, log.length - from),
                    StandardCharsets.UTF_8);
            return String.join(
                    "\n",
                    added.lines()
                            .filter(line -> line.contains(" ERROR "))
                            .limit(20)
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
