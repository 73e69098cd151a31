package org.khorasanatlas.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionCapacityTest {

    private final LiveSessions sessions = new LiveSessions();
    private final HeapAfterGc heap = new HeapAfterGc();

    @AfterEach
    void stopWatchingTheHeap() throws Exception {
        heap.destroy();
    }

    @Test
    void theLastSessionUnderTheCapIsAdmittedAndTheNextIsNot() {
        SessionCapacity capacity = new SessionCapacity(limits(3, 20, 100), sessions, heap);

        sessions.sessionCreated(null);
        sessions.sessionCreated(null);
        assertThat(capacity.admitsNewSession()).isTrue();
        sessions.sessionCreated(null);
        assertThat(capacity.admitsNewSession()).isFalse();
        sessions.sessionDestroyed(null);
        assertThat(capacity.admitsNewSession()).isTrue();
    }

    @Test
    void aSessionMayOpenTabsUpToItsCap() {
        SessionCapacity capacity = new SessionCapacity(limits(100, 2, 100), sessions, heap);

        assertThat(capacity.admitsNewTab(1)).isTrue();
        assertThat(capacity.admitsNewTab(2)).isFalse();
    }

    /** With 2% of the heap held here, the heap in use after a collection is over a limit of 1%. */
    @Test
    void overTheHeapLimitNoNewSessionOrTabIsAdmitted() throws InterruptedException {
        SessionCapacity capacity = new SessionCapacity(limits(100, 20, 1), sessions, heap);
        byte[] held = new byte
                [(int) Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / 50)];
        System.gc();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (heap.percentUsed() < 1 && System.nanoTime() < deadline) {
            // The collection's notification arrives on a JMX thread shortly after.
            Thread.sleep(50);
        }

        assertThat(heap.percentUsed()).isBetween(1, 99);
        assertThat(capacity.admitsNewSession()).isFalse();
        assertThat(capacity.admitsNewTab(0)).isFalse();
        assertThat(held).isNotEmpty();
    }

    private static SessionLimits limits(int maxLive, int maxTabs, int heapPercent) {
        return new SessionLimits(maxLive, maxTabs, heapPercent, Duration.ofSeconds(30));
    }
}
