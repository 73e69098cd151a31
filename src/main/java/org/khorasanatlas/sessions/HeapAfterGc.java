package org.khorasanatlas.sessions;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap in use right after the last garbage collection, as a share of the maximum heap: what live objects (open
 * tabs above all) take, without the garbage that the heap in use right now also counts. Every collection reports it,
 * young ones included, so the figure follows a burst of new tabs within a collection or two.
 */
@Component
class HeapAfterGc implements DisposableBean {

    /**
     * Eden is left out: a young collection empties it anyway, and the pauses of a concurrent cycle (G1's remark)
     * report it as full as it happens to be, which would count new garbage as live.
     */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .filter(name -> !name.contains("Eden"))
            .collect(Collectors.toUnmodifiableSet());

    private final long maxHeap = Runtime.getRuntime().maxMemory();
    private final AtomicLong usedAfterGc = new AtomicLong();
    private final AtomicLong lastCollection = new AtomicLong(System.nanoTime());
    private final NotificationListener listener = this::collected;
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    HeapAfterGc() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Per cent of the maximum heap in use after the last collection; 0 before the first one. */
    int percentUsed() {
        return (int) (100 * usedAfterGc.get() / maxHeap);
    }

    /**
     * Asks for a full collection if the last one is older than {@code age} (and none was asked for within it). A quiet
     * server collects rarely: after a flood of tabs its figure would stay high long after their sessions expired, and
     * it would turn every visitor away. Called only while the figure is over the limit, so at most once per
     * {@code age} and only then.
     */
    void refreshIfOlderThan(Duration age) {
        long now = System.nanoTime();
        long last = lastCollection.get();
        if (now - last > age.toNanos() && lastCollection.compareAndSet(last, now)) {
            System.gc();
        }
    }

    private void collected(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                    .getGcInfo()
                    .getMemoryUsageAfterGc();
            usedAfterGc.set(after.entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed())
                    .sum());
            lastCollection.set(System.nanoTime());
        }
    }

    /** The collectors outlive this bean (tests start several applications in one JVM). */
    @Override
    public void destroy() throws ListenerNotFoundException {
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
    }
}
