package org.khorasanatlas.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One phase of the load test (a step, or the soak): its sessions open during the ramp, then year changes are
 * timed until the hold ends. The clock starts with the first session, as Gatling starts a phase only when the one
 * before has finished. Thread-safe: every virtual user of the phase reports here.
 */
final class LoadPhase {

    /** What a phase measured; {@code ran} is false for a step skipped after a failing one. */
    record Result(
            String name,
            int sessions,
            Samples yearChanges,
            int requests,
            int errors,
            List<String> problems,
            boolean ran) {

        boolean met() {
            return ran && errors == 0 && !yearChanges.isEmpty() && yearChanges.p95() <= LoadPlan.P95_LIMIT_MS;
        }

        String verdict() {
            if (!ran) {
                return "not run (a smaller step failed)";
            }
            if (yearChanges.isEmpty()) {
                return "**failed**: no year change answered";
            }
            List<String> misses = new ArrayList<>();
            if (errors > 0) {
                misses.add(errors + (errors == 1 ? " error" : " errors"));
            }
            if (yearChanges.p95() > LoadPlan.P95_LIMIT_MS) {
                misses.add("p95 over " + BenchReport.number(LoadPlan.P95_LIMIT_MS) + " ms");
            }
            return misses.isEmpty() ? "met" : "**failed**: " + String.join(", ", misses);
        }
    }

    private static final int PROBLEMS_KEPT = 5;

    private final String name;
    private final int sessions;
    private final Duration ramp;
    private final Duration hold;
    private final LongSupplier nanoClock;
    private final AtomicLong startedAt = new AtomicLong(Long.MIN_VALUE);
    private final List<Double> yearChangeMs = new ArrayList<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private int requests;
    private int errors;

    LoadPhase(String name, int sessions, Duration ramp, Duration hold, LongSupplier nanoClock) {
        this.name = name;
        this.sessions = sessions;
        this.ramp = ramp;
        this.hold = hold;
        this.nanoClock = nanoClock;
    }

    String name() {
        return name;
    }

    int sessions() {
        return sessions;
    }

    Duration ramp() {
        return ramp;
    }

    /** Called by each session as it starts; the first one starts the phase's clock. */
    void begin() {
        startedAt.compareAndSet(Long.MIN_VALUE, nanoClock.getAsLong());
    }

    boolean started() {
        return startedAt.get() != Long.MIN_VALUE;
    }

    /** Whether sessions should go on changing years (until the hold ends). */
    boolean running() {
        return elapsed().compareTo(ramp.plus(hold)) < 0;
    }

    /** Whether all sessions are in, so year changes count (those during the ramp compete with page opens). */
    boolean measuring() {
        return elapsed().compareTo(ramp) >= 0 && running();
    }

    private Duration elapsed() {
        long start = startedAt.get();
        return start == Long.MIN_VALUE ? Duration.ZERO : Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    /** A request that got a sound answer; a year change's time counts once all sessions are in. */
    synchronized void answered(boolean yearChange, long millis) {
        requests++;
        if (yearChange && measuring()) {
            yearChangeMs.add((double) millis);
        }
    }

    /** A request that failed (any phase time, ramp included: an error is an error). */
    synchronized void failed(String problem) {
        requests++;
        errors++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    synchronized Result result() {
        return new Result(name, sessions, Samples.of(yearChangeMs), requests, errors, List.copyOf(problems), started());
    }
}
