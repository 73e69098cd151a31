package org.khorasanatlas.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an API request asks for: the attacks of a filter or, with {@code event}, just that attack when it
 * matches the filter (so a page link with a selected attack fetches the selected attack).
 */
record Selection(EventFilter filter, Optional<String> eventId) {

    List<AttackEvent> attacks(AttackCatalog catalog) {
        return eventId.map(id -> catalog.byId(id).filter(event -> catalog.matches(filter, event)).stream()
                        .toList())
                .orElseGet(() -> catalog.find(filter));
    }

    /** The canonical parameters: the shortest that give back this selection, in a stable order. */
    Map<String, List<String>> parameters() {
        return FilterParameters.format(filter, eventId);
    }

    /** The canonical query string, without "?"; empty for all attacks. */
    String query() {
        String query = UriComponentsBuilder.newInstance()
                .queryParams(new LinkedMultiValueMap<>(parameters()))
                .encode()
                .build()
                .getQuery();
        return query == null ? "" : query;
    }

    /**
     * A validator for HTTP caches: the same data and the same canonical query give the same answer. Weak
     * ({@code W/"..."}), because Tomcat compresses only responses without a strong ETag, and gzip is worth
     * having here (the whole GeoJSON shrinks to about a fifth). Hashed, so the tag stays short and holds no
     * character an ETag may not.
     */
    String eTag(String datasetVersion) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((datasetVersion + "?" + query()).getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
