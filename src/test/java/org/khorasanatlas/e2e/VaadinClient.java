package org.khorasanatlas.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Vaadin's client does when a page opens, without a browser: the bootstrap request
 * ({@code ?v-r=init&location=...&query=...}, the page's address twice encoded, as the client sends it), then the
 * {@code ui-navigate} event that makes the server enter the view with the page's query. One UI takes every
 * navigation, as when a person walks back and forward through their history, so thousands of queries cost one UI.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RawHttp http;
    private final String cookie;
    private String csrfToken;
    private int uiId;
    private long syncId;
    private long clientId;

    VaadinClient(RawHttp http, String cookie) {
        this.http = http;
        this.cookie = cookie;
    }

    /** The bootstrap request that creates a UI for a page with this query (as on the wire, without "?"). */
    RawHttp.Answer init(String pageQuery) {
        return http.get("/?v-r=init&location=&query=" + encodeUriComponent(pageQuery), cookie);
    }

    /** Starts a UI to navigate in; false if the bootstrap failed. */
    boolean open() {
        return start().status() == 200;
    }

    /** Starts a UI to navigate in, as {@link #open()}, and gives the bootstrap's answer, whatever it is. */
    RawHttp.Answer start() {
        RawHttp.Answer answer = init("");
        if (answer.status() == 200) {
            JsonNode config = JSON.readTree(answer.body()).path("appConfig");
            uiId = config.path("v-uiId").asInt();
            csrfToken = config.path("uidl").path("Vaadin-Security-Key").asString();
            syncId = config.path("uidl").path("syncId").asLong();
            clientId = 0;
        }
        return answer;
    }

    /** Asks the UI to show the view with this query, still encoded, as the client reads it from the address. */
    RawHttp.Answer navigate(String pageQuery) {
        Map<String, Object> event = Map.of(
                "type",
                "event",
                "node",
                1,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route",
                        "",
                        "query",
                        pageQuery,
                        "appShellTitle",
                        "",
                        "historyState",
                        Map.of("idx", 0),
                        "trigger",
                        ""));
        Map<String, Object> message =
                Map.of("csrfToken", csrfToken, "rpc", List.of(event), "syncId", syncId, "clientId", clientId);
        RawHttp.Answer answer = http.postJson("/?v-r=uidl&v-uiId=" + uiId, cookie, JSON.writeValueAsString(message));
        if (answer.status() == 200) {
            JsonNode reply = JSON.readTree(answer.body());
            if (reply.has("syncId") && reply.has("clientId")) {
                syncId = reply.path("syncId").asLong();
                clientId = reply.path("clientId").asLong();
            }
        }
        return answer;
    }

    /** What JavaScript's encodeURIComponent makes of a string: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ). */
    static String encodeUriComponent(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
