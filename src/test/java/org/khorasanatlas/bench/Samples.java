package org.khorasanatlas.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Repeated measurements of one thing (milliseconds, bytes...), summarised as median and 95th percentile
 * (nearest rank, so p95 of 20 runs is the 19th fastest: one run in twenty may be slower). {@code failures} counts
 * runs that did not finish in time, which the report shows instead of a number when nothing finished.
 */
record Samples(List<Double> values, int failures) {

    static final Samples NONE = new Samples(List.of(), 0);

    Samples {
        values = values.stream().sorted().toList();
    }

    static Samples of(Collection<? extends Number> values) {
        return new Samples(values.stream().map(Number::doubleValue).toList(), 0);
    }

    Samples plus(double value) {
        List<Double> more = new ArrayList<>(values);
        more.add(value);
        return new Samples(more, failures);
    }

    Samples failed() {
        return new Samples(values, failures + 1);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    int count() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return values.getLast();
    }

    /** Share of values above {@code limit}, 0 to 1. */
    double shareAbove(double limit) {
        return values.isEmpty() ? 0 : values.stream().filter(v -> v > limit).count() / (double) values.size();
    }

    double percentile(int percent) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no values");
        }
        int rank = (int) Math.ceil(percent / 100.0 * values.size());
        return values.get(Math.max(0, rank - 1));
    }
}
