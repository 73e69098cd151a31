package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khorasanatlas.events.TestEvents.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
    void findsTheAttacksOfARangeOfYearsEvenBeyondTheData() {
        assertThat(catalog.find(EventFilter.allYears().withYears(new YearRange(2017, 2018))))
                .containsExactly(mastung2018, kabul2018);
        assertThat(catalog.find(EventFilter.allYears().withYears(new YearRange(1900, 2016))))
                .containsExactly(quetta2016);
        assertThat(catalog.find(EventFilter.allYears().withYears(new YearRange(2019, 2030))))
                .isEmpty();
        assertThat(catalog.find(EventFilter.allYears().withYears(new YearRange(Integer.MIN_VALUE, 2015))))
                .isEmpty();
        assertThat(catalog.find(EventFilter.allYears().withYears(new YearRange(2016, Integer.MAX_VALUE))))
                .containsExactly(quetta2016, mastung2018, kabul2018);
    }

    /** The year index and the per-year totals must answer exactly what a scan of every attack would. */
    @Test
    void yearIndexAnswersAsAFullScanWould() {
        Random random = new Random(5);
        List<AttackEvent> events = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int year = 2010 + random.nextInt(15);
            if (year != 2014) {
                int killed = random.nextInt(60);
                TestEvents.Builder event = TestEvents.on(
                                year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
                        .killed(killed, killed + random.nextInt(5), killed + 10)
                        .perpetratorsKilled(random.nextInt(3))
                        .branch(random.nextInt(4) == 0 ? Branch.ISPP : Branch.ISKP);
                if (random.nextBoolean()) {
                    event.injured(killed, killed * 2);
                }
                events.add(event.build());
            }
        }
        AttackCatalog big = new AttackCatalog(events);
        for (int i = 0; i < 300; i++) {
            int from = 2005 + random.nextInt(25);
            EventFilter filter = EventFilter.allYears()
                    .withYears(new YearRange(from, from + random.nextInt(6)))
                    .withMinKilled(random.nextBoolean() ? 0 : random.nextInt(50))
                    .withCountries(random.nextBoolean() ? Set.of() : Set.of("AFG"));
            List<AttackEvent> scanned = big.find(EventFilter.allYears()).stream()
                    .filter(event -> filter.matches(event, null))
                    .toList();
            assertThat(big.find(filter)).as(filter.toString()).containsExactlyElementsOf(scanned);
            assertThat(big.summary(filter)).as(filter.toString()).isEqualTo(CasualtySummary.of(scanned));
        }
    }

    @Test
    void findsAnAttackById() {
        assertThat(catalog.byId(quetta2016.id())).contains(quetta2016);
        assertThat(catalog.byId("no-such-attack")).isEmpty();
    }

    @Test
    void yearTotalsIncludeYearsWithoutAttacks() {
        assertThat(catalog.yearTotals())
                .containsExactly(
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
