package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.TestCountries;

/** The benchmark's synthetic data: repeatable, plausible, and accepted by the app's own strict loader. */
class SyntheticAttacksTest {

    private final CountryOutlines countries = TestCountries.shipped();
    private final SyntheticAttacks generator = new SyntheticAttacks(countries);

    @Test
    void theSameCountGivesTheSameAttacks() {
        assertThat(generator.generate(300)).isEqualTo(generator.generate(300));
    }

    @Test
    void attacksAreSpreadOverTheYearsAndCitiesOfTheRealData() {
        List<AttackEvent> events = generator.generate(5_000);

        assertThat(events).extracting(AttackEvent::year).allMatch(year -> year >= 2015 && year <= 2025);
        assertThat(events.stream().map(AttackEvent::year).collect(Collectors.toSet()))
                .hasSize(11);
        assertThat(events.stream().map(AttackEvent::place).collect(Collectors.toSet()))
                .contains("Kabul", "Jalalabad", "Peshawar", "Quetta", "Karachi", "Kerman");
        assertThat(events.stream().map(AttackEvent::id).distinct()).hasSize(events.size());
        // Clustered: most attacks are near a city centre, yet they are not all piled on one point.
        long kabulPoints = events.stream()
                .filter(e -> e.place().equals("Kabul"))
                .map(AttackEvent::location)
                .distinct()
                .count();
        assertThat(kabulPoints).isGreaterThan(100);
    }

    @Test
    void everyPointLiesInsideItsCountry() {
        assertThat(generator.generate(2_000))
                .allSatisfy(event -> assertThat(countries.contains(
                                event.country(),
                                event.location().latitude(),
                                event.location().longitude()))
                        .as(event.id() + " in " + event.country())
                        .isTrue());
    }

    @Test
    void writtenFileIsReadBackWholeByTheAppsLoader(@TempDir Path folder) throws IOException {
        List<AttackEvent> events = generator.generate(1_000);
        Path file = folder.resolve("attacks.geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            AttackGeoJson.write(events, out);
        }

        List<AttackEvent> read = new AttackEventReader(new JsonDataReader(), countries, TestGazetteer.shipped())
                .read(TestDataFiles.file(file));

        assertThat(read).containsExactlyInAnyOrderElementsOf(events);
        assertThat(Set.copyOf(read)).hasSize(1_000);
    }
}
