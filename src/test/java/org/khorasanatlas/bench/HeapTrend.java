package org.khorasanatlas.bench;

import java.util.List;

/**
 * Heap in use after full GCs, sampled once a minute through the soak, and whether it is flat: the least-squares
 * line through the samples may grow by at most 5% of the first sample over the whole soak. A leak of a few KB per
 * year change (thousands of changes a minute) shows as a steady climb; GC noise does not.
 */
record HeapTrend(List<Long> bytesPerMinute) {

    static final double FLAT_GROWTH_SHARE = 0.05;

    HeapTrend {
        bytesPerMinute = List.copyOf(bytesPerMinute);
    }

    boolean enoughSamples() {
        return bytesPerMinute.size() >= 2;
    }

    long first() {
        return bytesPerMinute.getFirst();
    }

    long last() {
        return bytesPerMinute.getLast();
    }

    long max() {
        return bytesPerMinute.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** Least-squares slope, bytes per minute. */
    double slopePerMinute() {
        int n = bytesPerMinute.size();
        double meanX = (n - 1) / 2.0;
        double meanY =
                bytesPerMinute.stream().mapToLong(Long::longValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (bytesPerMinute.get(x) - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    /** Growth of the fitted line from the first sample to the last. */
    double fittedGrowth() {
        return slopePerMinute() * (bytesPerMinute.size() - 1);
    }

    boolean flat() {
        return enoughSamples() && fittedGrowth() <= FLAT_GROWTH_SHARE * first();
    }
}
