package org.khorasanatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the failover run saw, by replica and by period (before and after one replica was stopped): sessions opened,
 * year-change times, errors, and the sessions that lost their replica and reloaded into the view their URL names.
 * Written to by Gatling's threads.
 */
final class FailoverStats {

    enum Period {
        BEFORE,
        AFTER
    }

    private record Sample(Period period, String replica, long millis) {}

    private record Problem(Period period, String replica, String description) {}

    private final Map<String, AtomicInteger> sessionsOpened = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Sample> yearChanges = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Problem> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger expired = new AtomicInteger();
    private final AtomicInteger recovered = new AtomicInteger();
    private volatile boolean stopped;

    void replicaStopped() {
        stopped = true;
    }

    Period period() {
        return stopped ? Period.AFTER : Period.BEFORE;
    }

    void sessionOpened(String replica) {
        sessionsOpened.computeIfAbsent(replica, key -> new AtomicInteger()).incrementAndGet();
    }

    void yearChanged(String replica, long millis) {
        yearChanges.add(new Sample(period(), replica, millis));
    }

    void error(String replica, String description) {
        errors.add(new Problem(period(), replica, description));
    }

    void sessionExpired() {
        expired.incrementAndGet();
    }

    void sessionRecovered() {
        recovered.incrementAndGet();
    }

    int errors() {
        return errors.size();
    }

    int expired() {
        return expired.get();
    }

    int recovered() {
        return recovered.get();
    }

    /** The report's table and verdict, in Markdown. */
    String markdown(String stoppedReplica, String survivor) {
        StringBuilder md = new StringBuilder();
        md.append(
                "| replica | sessions opened | period | year changes | p95 | errors |\n| --- | --- | --- | --- | --- | --- |\n");
        for (String replica : new TreeMap<>(sessionsOpened).keySet()) {
            for (Period period : Period.values()) {
                List<Long> times = new ArrayList<>();
                yearChanges.stream()
                        .filter(s -> s.period() == period && s.replica().equals(replica))
                        .forEach(s -> times.add(s.millis()));
                long errorCount = errors.stream()
                        .filter(e -> e.period() == period && e.replica().equals(replica))
                        .count();
                md.append("| ")
                        .append(replica)
                        .append(replica.equals(stoppedReplica) ? " (stopped)" : "")
                        .append(" | ")
                        .append(sessionsOpened.get(replica).get())
                        .append(" | ")
                        .append(period == Period.BEFORE ? "before the stop" : "after the stop")
                        .append(" | ")
                        .append(times.size())
                        .append(" | ")
                        .append(times.isEmpty() ? "–" : p95(times) + " ms")
                        .append(" | ")
                        .append(errorCount)
                        .append(" |\n");
            }
        }
        md.append("\nSessions whose replica was stopped, answered \"session expired\" by ")
                .append(survivor)
                .append(": ")
                .append(expired.get())
                .append("; reloaded into the view their URL names (`?year=N`: the ")
                .append("year's heading, count and deaths checked): ")
                .append(recovered.get())
                .append(".\n");
        if (!errors.isEmpty()) {
            md.append("\nErrors:\n\n");
            errors.stream()
                    .limit(20)
                    .forEach(e -> md.append("- ")
                            .append(e.replica())
                            .append(", ")
                            .append(e.period() == Period.BEFORE ? "before" : "after")
                            .append(": ")
                            .append(e.description())
                            .append('\n'));
        }
        return md.toString();
    }

    private static long p95(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
