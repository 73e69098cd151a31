package org.khorasanatlas.sessions;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** Whether the server can take on one more session or tab now (see {@link SessionLimits}). */
@Component
class SessionCapacity {

    /** How stale the heap figure may be while it turns visitors away (see {@link HeapAfterGc#refreshIfOlderThan}). */
    private static final Duration REFRESH_AFTER = Duration.ofSeconds(30);

    private final SessionLimits limits;
    private final LiveSessions sessions;
    private final HeapAfterGc heap;

    SessionCapacity(SessionLimits limits, LiveSessions sessions, HeapAfterGc heap) {
        this.limits = limits;
        this.sessions = sessions;
        this.heap = heap;
    }

    boolean admitsNewSession() {
        return sessions.count() < limits.maxLive() && heapHasRoom();
    }

    boolean admitsNewTab(int tabsInSession) {
        return tabsInSession < limits.maxTabsPerSession() && heapHasRoom();
    }

    private boolean heapHasRoom() {
        if (heap.percentUsed() < limits.heapLimitPercent()) {
            return true;
        }
        heap.refreshIfOlderThan(REFRESH_AFTER);
        return false;
    }
}
