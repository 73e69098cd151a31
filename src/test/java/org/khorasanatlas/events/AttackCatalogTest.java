package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khorasanatlas.events.TestEvents.event;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttackCatalogTest {

    private final AttackEvent kabul2018 = event("2018-08-15", 48);
    private final AttackEvent quetta2016 = event("2016-10-24", 61);
    private final AttackEvent mastung2018 = event("2018-07-13", 149);
    private final AttackCatalog catalog = new AttackCatalog(List.of(kabul2018, quetta2016, mastung2018));

    @Test
    void findsAllAttacksInDateOrder() {
        assertThat(catalog.find(EventFilter.allYears())).containsExactly(quetta2016, mastung2018, kabul2018);
    }

    @Test
    void findsTheAttacksOfOneYear() {
        assertThat(catalog.find(EventFilter.year(2018))).containsExactly(mastung2018, kabul2018);
        assertThat(catalog.find(EventFilter.year(2017))).isEmpty();
    }

    @Test
    void findsAnAttackById() {
        assertThat(catalog.byId(quetta2016.id())).contains(quetta2016);
        assertThat(catalog.byId("no-such-attack")).isEmpty();
    }

    @Test
    void yearTotalsIncludeYearsWithoutAttacks() {
        assertThat(catalog.yearTotals()).containsExactly(
                new YearTotal(2016, 1, new CasualtyRange(61, 61, 61)),
                new YearTotal(2017, 0, CasualtyRange.NONE),
                new YearTotal(2018, 2, new CasualtyRange(197, 197, 197)));
    }

    @Test
    void coversTheYearsFromFirstToLastAttack() {
        assertThat(catalog.coversYear(2015)).isFalse();
        assertThat(catalog.coversYear(2016)).isTrue();
        assertThat(catalog.coversYear(2017)).isTrue();
        assertThat(catalog.coversYear(2018)).isTrue();
        assertThat(catalog.coversYear(2019)).isFalse();
    }

    @Test
    void emptyCatalogHasNoYears() {
        AttackCatalog empty = new AttackCatalog(List.of());

        assertThat(empty.yearTotals()).isEmpty();
        assertThat(empty.coversYear(2020)).isFalse();
        assertThat(empty.find(EventFilter.allYears())).isEmpty();
    }
}
