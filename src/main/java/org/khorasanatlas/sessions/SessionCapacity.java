package org.khorasanatlas.sessions;

import org.springframework.stereotype.Component;

/** Whether the server can take on one more session or tab now (see {@link SessionLimits}). */
@Component
class SessionCapacity {

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
        return heap.percentUsed() < limits.heapLimitPercent();
    }
}
