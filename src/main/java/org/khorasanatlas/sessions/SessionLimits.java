package org.khorasanatlas.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many visitors the server takes on before it answers new ones with the busy page. Each open tab keeps its page
 * on the server (~370 KB with the shipped data), so these bound the heap that tabs can take; docs/operations.md has
 * the sizing rule.
 *
 * @param maxLive           live HTTP sessions (one per browser) at most; a visitor without a session gets the busy
 *                          page while this many are live
 * @param maxTabsPerSession tabs (Vaadin UIs) one session may hold; a further tab gets the busy page, so one client
 *                          reusing its cookie cannot fill the heap either
 * @param heapLimitPercent  above this share of the maximum heap in use after the last garbage collection, new
 *                          sessions and new tabs get the busy page
 * @param retryAfter        what the busy page's Retry-After header says
 */
@ConfigurationProperties("atlas.sessions")
public record SessionLimits(
        @DefaultValue("2000") int maxLive,
        @DefaultValue("20") int maxTabsPerSession,
        @DefaultValue("80") int heapLimitPercent,
        @DefaultValue("30s") Duration retryAfter) {

    public SessionLimits {
        if (maxLive < 1 || maxTabsPerSession < 1) {
            throw new IllegalArgumentException("atlas.sessions.max-live and max-tabs-per-session must be at least 1");
        }
        if (heapLimitPercent < 1 || heapLimitPercent > 100) {
            throw new IllegalArgumentException("atlas.sessions.heap-limit-percent must be from 1 to 100");
        }
    }
}
