package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeapTrendTest {

    private static final long MB = 1 << 20;

    @Test
    void noisyButLevelHeapIsFlat() {
        HeapTrend heap = new HeapTrend(List.of(200 * MB, 204 * MB, 199 * MB, 203 * MB, 201 * MB));

        assertThat(heap.first()).isEqualTo(200 * MB);
        assertThat(heap.last()).isEqualTo(201 * MB);
        assertThat(heap.max()).isEqualTo(204 * MB);
        assertThat(heap.flat()).isTrue();
    }

    @Test
    void aSteadyClimbIsNotFlat() {
        HeapTrend heap = new HeapTrend(List.of(200 * MB, 203 * MB, 206 * MB, 209 * MB, 212 * MB));

        assertThat(heap.slopePerMinute()).isEqualTo(3.0 * MB);
        assertThat(heap.fittedGrowth()).isEqualTo(12.0 * MB);
        assertThat(heap.flat()).isFalse();
    }

    @Test
    void oneSampleIsNoTrend() {
        HeapTrend heap = new HeapTrend(List.of(200 * MB));

        assertThat(heap.enoughSamples()).isFalse();
        assertThat(heap.flat()).isFalse();
    }
}
