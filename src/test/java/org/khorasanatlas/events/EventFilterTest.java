package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khorasanatlas.events.TestEvents.event;

import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void allYearsMatchesEveryAttack() {
        assertThat(EventFilter.allYears().matches(event("2015-04-18", 33), null))
                .isTrue();
        assertThat(EventFilter.allYears().matches(event("2025-02-11", 5), null)).isTrue();
    }

    @Test
    void oneYearMatchesOnlyThatYear() {
        EventFilter year2021 = EventFilter.year(2021);

        assertThat(year2021.matches(event("2021-01-01", 1), null)).isTrue();
        assertThat(year2021.matches(event("2021-12-31", 1), null)).isTrue();
        assertThat(year2021.matches(event("2020-12-31", 1), null)).isFalse();
        assertThat(year2021.matches(event("2022-01-01", 1), null)).isFalse();
    }
}
