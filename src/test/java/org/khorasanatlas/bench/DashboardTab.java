package org.khorasanatlas.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab on the dashboard, speaking Vaadin Flow's UIDL protocol as the real client does (as
 * recorded from headless Chromium): the init request, the {@code ui-navigate} event, then for each year change
 * the Year select's choice (one {@code select-choose} event with the option's key), the first page of each
 * table whose rows' URL an answer changed (as row-table.ts fetches it), and the unload beacon when the tab closes. It keeps the CSRF
 * token, the sync and client ids and the state tree, and takes node ids and option keys from the answers.
 * Every {@code read...} method throws {@link IllegalStateException} naming what is wrong with an answer.
 * Not thread-safe: one per virtual user.
 */
final class DashboardTab {

    /** The init request with the browser details the client sends (a 1400×900 window). */
    static final String INIT_PATH = "/?v-r=init&location=&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900"
            + "&v-bw=1400&v-curdate=0&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-load&v-td=false"
            + "&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    static final String YEAR_SELECT_ID = "year-select";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String TABLE_TAG = "atlas-row-table";
    private static final String TOTALS_TAG = "atlas-totals";

    private final UidlTree tree = new UidlTree();
    /** The rows' URL each table's first page was last fetched from, by node. */
    private final Map<Integer, String> fetchedTables = new HashMap<>();

    private final Deque<String> tableFetches = new ArrayDeque<>();
    private final YearTexts texts;
    private String csrfToken;
    private int uiId;
    private int syncId = -1;
    private int clientId;
    private Integer shownYear;
    private String problem;
    /** How often the page's client sends a heartbeat (the init answer's {@code heartbeatInterval}); zero: never. */
    private Duration heartbeatInterval = Duration.ZERO;
    /** When the last heartbeat went ({@link System#nanoTime()}), or null before the first look at the clock. */
    private Long lastHeartbeatNanos;

    DashboardTab(YearTexts texts) {
        this.texts = texts;
    }

    /** Where UIDL messages of this tab's UI go. */
    String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** Where the client's heartbeat goes: an empty POST. */
    String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /**
     * Whether the page's client would have sent its heartbeat by {@code nanos} ({@link System#nanoTime()}), counting
     * from the first call; true marks it sent. Vaadin closes a UI that misses three heartbeats, whatever else it
     * sends, so a simulated tab that lives longer than that must send them as Chromium does.
     */
    boolean heartbeatDue(long nanos) {
        if (heartbeatInterval.isZero()) {
            return false;
        }
        if (lastHeartbeatNanos == null) {
            lastHeartbeatNanos = nanos;
            return false;
        }
        if (nanos - lastHeartbeatNanos < heartbeatInterval.toNanos()) {
            return false;
        }
        lastHeartbeatNanos = nanos;
        return true;
    }

    /** Reads the answer to {@link #INIT_PATH}: the UI id, the CSRF token, the heartbeat and the first state tree. */
    void readInit(String body) {
        JsonNode config = parse(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.has("Vaadin-Security-Key") || !config.has("v-uiId")) {
            throw new IllegalStateException("init answer without a UI id or security key: " + start(body));
        }
        uiId = config.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        heartbeatInterval =
                Duration.ofSeconds(Math.max(0, config.path("heartbeatInterval").asInt(0)));
        readUidl(uidl, body);
    }

    /** The init request of a page opened at {@code /?query}, as the client sends it (the query URL-encoded). */
    static String initPath(String query) {
        return INIT_PATH.replace("&query=&", "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&");
    }

    /** The first message of a page load: navigation to the route, which builds the dashboard. */
    String navigateMessage() {
        return navigateMessage("");
    }

    /** The first message of a page opened at {@code /?query}: navigation to the route with the page's query. */
    String navigateMessage(String query) {
        int root = tree.find(UidlTree.ELEMENT_DATA, "tag", "body")
                .orElseThrow(() -> new IllegalStateException("no UI root node after init"));
        ObjectNode data =
                JSON.createObjectNode().put("route", "").put("query", query).put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return message(rpc().add(event(root, "ui-navigate").set("data", data)));
    }

    /** Reads the answer to {@link #navigateMessage()}: the dashboard must be there with its Year select. */
    void readNavigation(String body) {
        readUidl(parse(body), body);
        if (yearKeys().size() < 2) {
            throw new IllegalStateException("the dashboard's Year select has no years after navigation");
        }
        shownYear = null;
    }

    /**
     * Reads the answer to {@link #navigateMessage(String)} for a page opened at {@code ?year=N}: the view the URL
     * names must be there, with that year's heading, count and deaths.
     */
    void readNavigationTo(String body, int year) {
        readNavigation(body);
        List<String> missing =
                texts.forYear(year).stream().filter(text -> !shows(text)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the page opened at ?year=" + year + " does not show " + missing);
        }
        shownYear = year;
    }

    /** The year the page shows (its URL's {@code year}), or empty for all years. */
    Optional<Integer> shownYear() {
        return Optional.ofNullable(shownYear);
    }

    /** A year other than the one shown, at random, from the select's own options. */
    int pickYear(RandomGenerator random) {
        List<Integer> years = new ArrayList<>(yearKeys().keySet());
        years.remove(shownYear);
        return years.get(random.nextInt(years.size()));
    }

    /** Choosing {@code year} in the select: the browser reports the option's key. */
    String chooseYearMessage(int year) {
        int select = yearSelect();
        String key = Optional.ofNullable(yearKeys().get(year))
                .orElseThrow(() -> new IllegalStateException("the Year select has no option " + year));
        ObjectNode choose = event(select, "select-choose");
        ((ObjectNode) choose.get("data")).put("event.detail.value", key);
        return message(rpc().add(choose));
    }

    /**
     * Reads the answer to a year change: it must set the year's heading, and afterwards the page must show the
     * year's totals (an answer leaves out texts that did not change, such as an equal count).
     */
    void readYearChange(String body, int year) {
        readUidl(parse(body), body);
        List<String> expected = texts.forYear(year);
        List<String> missing = expected.stream().filter(text -> !shows(text)).toList();
        if (!mentions(body, expected.getFirst()) || !missing.isEmpty()) {
            throw new IllegalStateException("after choosing " + year + " the page does not show "
                    + (missing.isEmpty() ? List.of(expected.getFirst()) : missing));
        }
        shownYear = year;
    }

    /** Whether the page shows this text: as a text node, or in the totals the browser draws from one property. */
    private boolean shows(String text) {
        if (tree.hasText(text)) {
            return true;
        }
        JsonNode totals = tree.find(UidlTree.ELEMENT_DATA, "tag", TOTALS_TAG)
                .flatMap(node -> tree.value(node, UidlTree.PROPERTIES, "totals"))
                .map(DashboardTab::parse)
                .orElse(JSON.createObjectNode());
        return text.equals(totals.path("heading").asString(""))
                || totals.path("tiles")
                        .valueStream()
                        .anyMatch(tile -> text.equals(tile.path("figure").asString("")));
    }

    /** Whether an answer carries this text, as a text node's value or inside a property's JSON. */
    private static boolean mentions(String body, String text) {
        String asValue = JSON.writeValueAsString(text);
        String insideJson = JSON.writeValueAsString(asValue);
        return body.contains(asValue) || body.contains(insideJson.substring(1, insideJson.length() - 1));
    }

    /** Whether an answer gave a table rows from a URL the browser has not fetched yet. */
    boolean tableFetchPending() {
        return !tableFetches.isEmpty();
    }

    /** The oldest such table's first page, as the browser asks for it. */
    String tableFetchPath() {
        return tableFetches.removeFirst();
    }

    /** Reads a table's page: it must be one, with its rows. */
    static void readTablePage(String body) {
        if (!parse(body).has("rows")) {
            throw new IllegalStateException("not a page of table rows: " + start(body));
        }
    }

    /** The beacon a closing tab sends, so the server drops the UI at once instead of after missed heartbeats. */
    String unloadMessage() {
        ObjectNode message = messageNode(rpc());
        message.put("UNLOAD", true);
        return JSON.writeValueAsString(message);
    }

    /** Keeps what was wrong with the last answer, for the report (Gatling's session cannot carry it back). */
    void noteProblem(String description) {
        problem = description;
    }

    /** The problem noted since the last call, if any. */
    Optional<String> takeProblem() {
        Optional<String> noted = Optional.ofNullable(problem);
        problem = null;
        return noted;
    }

    /** The year options of the Year select, in order: year to option key. */
    Map<Integer, String> yearKeys() {
        Map<Integer, String> keys = new LinkedHashMap<>();
        String options =
                tree.value(yearSelect(), UidlTree.PROPERTIES, "options").orElse("[]");
        for (JsonNode option : parse(options)) {
            String label = option.path("label").asString("").strip();
            if (YEAR.matcher(label).matches()) {
                keys.put(Integer.valueOf(label), option.path("value").asString());
            }
        }
        return keys;
    }

    private int yearSelect() {
        return tree.find(UidlTree.ATTRIBUTES, "id", YEAR_SELECT_ID)
                .orElseThrow(() -> new IllegalStateException("no #" + YEAR_SELECT_ID + " in the state tree"));
    }

    private void readUidl(JsonNode uidl, String body) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("Session expired: " + start(body));
        }
        if (meta.has("appError")) {
            throw new IllegalStateException("application error: " + start(body));
        }
        for (Iterator<String> names = uidl.propertyNames().iterator(); names.hasNext(); ) {
            if (names.next().toLowerCase().contains("resynchronize")) {
                throw new IllegalStateException("the server asked to resynchronize: " + start(body));
            }
        }
        if (!uidl.has("syncId") || !uidl.has("clientId")) {
            throw new IllegalStateException("not a UIDL answer: " + start(body));
        }
        int newSyncId = uidl.get("syncId").asInt();
        if (syncId >= 0 && newSyncId != syncId + 1) {
            throw new IllegalStateException("out of sync: expected syncId " + (syncId + 1) + ", got " + newSyncId);
        }
        syncId = newSyncId;
        clientId = uidl.get("clientId").asInt();
        tree.apply(uidl.get("changes"));
        for (int table : tree.findAll(UidlTree.ELEMENT_DATA, "tag", TABLE_TAG)) {
            tree.value(table, UidlTree.PROPERTIES, "source")
                    .filter(source -> !source.equals(fetchedTables.get(table)))
                    .ifPresent(source -> {
                        fetchedTables.put(table, source);
                        tableFetches.add(source + "&page=0");
                    });
        }
    }

    private ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    private String message(ArrayNode rpc) {
        return JSON.writeValueAsString(messageNode(rpc));
    }

    private ObjectNode messageNode(ArrayNode rpc) {
        if (csrfToken == null) {
            throw new IllegalStateException("no message before the init answer");
        }
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        return message.put("syncId", syncId).put("clientId", clientId);
    }

    private static ObjectNode event(int node, String name) {
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.putObject("data");
        return event;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON: " + start(body));
        }
    }

    private static String start(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
