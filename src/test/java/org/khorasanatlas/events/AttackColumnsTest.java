package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.region.Province;

/**
 * The catalog answers from its columns; every answer must be the one a scan of the attack objects gives, for
 * filters of every kind (countries, claims, deaths, provinces) and their totals, overall and by province.
 */
class AttackColumnsTest {

    /** Made-up provinces a degree of longitude wide; north of 36°N lies in none. */
    private static Optional<Province> province(double latitude, double longitude) {
        String id = "xxx-" + (int) longitude;
        return latitude > 36
                ? Optional.empty()
                : Optional.of(new Province(id, id, "XXX", Optional.empty(), Optional.empty()));
    }

    private final Random random = new Random(11);
    private final List<AttackEvent> events = attacks(1_500);
    private final AttackCatalog catalog = new AttackCatalog(events, AttackColumnsTest::province);

    @Test
    void everyFilterFindsAndTotalsWhatAScanOfTheAttacksWould() {
        for (int i = 0; i < 300; i++) {
            EventFilter filter = randomFilter();
            List<AttackEvent> scanned = scan(filter);

            FoundAttacks found = catalog.find(filter);

            assertThat(found).as(filter.toString()).containsExactlyElementsOf(scanned);
            assertThat(catalog.summary(filter)).as(filter.toString()).isEqualTo(CasualtySummary.of(scanned));
            assertThat(catalog.summaryByProvince(filter)).as(filter.toString()).isEqualTo(byProvince(scanned));
            for (int at = 0; at < found.size(); at += 17) {
                assertThat(found.latitude(at))
                        .isEqualTo(found.get(at).location().latitude());
                assertThat(found.longitude(at))
                        .isEqualTo(found.get(at).location().longitude());
            }
        }
    }

    @Test
    void anAttackIsFoundByIdOnlyAmongTheFound() {
        EventFilter pakistan = EventFilter.allYears().withCountries(Set.of("PAK"));
        FoundAttacks found = catalog.find(pakistan);
        AttackEvent afghan = events.stream()
                .filter(event -> event.country().equals("AFG"))
                .findFirst()
                .orElseThrow();
        AttackEvent some = found.get(found.size() / 2);

        assertThat(found.indexOfId(some.id())).isEqualTo(found.size() / 2);
        assertThat(found.indexOfId(afghan.id())).isEqualTo(-1);
        assertThat(found.indexOfId("no-such-attack")).isEqualTo(-1);
        FoundAttacks year = catalog.find(EventFilter.year(some.year()));
        assertThat(year.get(year.indexOfId(some.id()))).isEqualTo(some);
        assertThat(FoundAttacks.none().indexOfId(some.id())).isEqualTo(-1);
    }

    private List<AttackEvent> scan(EventFilter filter) {
        return events.stream()
                .sorted(Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id))
                .filter(event -> filter.matches(
                        event,
                        province(event.location().latitude(), event.location().longitude())
                                .map(Province::id)
                                .orElse(null)))
                .toList();
    }

    /** By province, most attacks first, then by id: as the catalog orders them. */
    private static Map<String, CasualtySummary> byProvince(List<AttackEvent> scanned) {
        Map<String, List<AttackEvent>> grouped = scanned.stream()
                .filter(event -> event.location().latitude() <= 36)
                .collect(Collectors.groupingBy(event -> province(
                                event.location().latitude(), event.location().longitude())
                        .orElseThrow()
                        .id()));
        Map<String, CasualtySummary> sorted = new LinkedHashMap<>();
        grouped.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<AttackEvent>>>comparingInt(
                                entry -> -entry.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> sorted.put(entry.getKey(), CasualtySummary.of(entry.getValue())));
        return sorted;
    }

    private EventFilter randomFilter() {
        int from = 2013 + random.nextInt(14);
        ClaimStatus[] claims = ClaimStatus.values();
        return EventFilter.allYears()
                .withYears(random.nextInt(4) == 0 ? YearRange.all() : new YearRange(from, from + random.nextInt(5)))
                .withCountries(random.nextBoolean() ? Set.of() : Set.of(random.nextBoolean() ? "AFG" : "PAK"))
                .withClaims(
                        random.nextBoolean()
                                ? Set.of()
                                : EnumSet.of(
                                        claims[random.nextInt(claims.length)], claims[random.nextInt(claims.length)]))
                .withMinKilled(random.nextBoolean() ? 0 : random.nextInt(40))
                .withProvinces(
                        random.nextInt(3) == 0 ? Set.of("xxx-" + (62 + random.nextInt(10)), "xxx-nowhere") : Set.of());
    }

    private List<AttackEvent> attacks(int count) {
        List<AttackEvent> made = new ArrayList<>();
        ClaimStatus[] claims = ClaimStatus.values();
        for (int i = 0; i < count; i++) {
            int killed = random.nextInt(50);
            TestEvents.Builder event = TestEvents.on(
                            (2015 + random.nextInt(11)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
                    .at(
                            random.nextBoolean() ? "AFG" : "PAK",
                            29 + random.nextDouble() * 9,
                            62 + random.nextDouble() * 10)
                    .killed(killed, killed + random.nextInt(4), killed + random.nextInt(4) + 5)
                    .perpetratorsKilled(random.nextInt(3))
                    .claim(claims[random.nextInt(claims.length)])
                    .branch(random.nextInt(4) == 0 ? Branch.ISPP : Branch.ISKP);
            if (random.nextBoolean()) {
                event.injured(killed, killed * 2);
            }
            made.add(event.build());
        }
        return made;
    }
}
