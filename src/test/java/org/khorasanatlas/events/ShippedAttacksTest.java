package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;
import org.khorasanatlas.region.TestCountries;
import org.khorasanatlas.region.TestProvinces;

/** The attacks file as shipped: it loads, and it keeps the promises of geodata/README.md. */
class ShippedAttacksTest {

    private static List<AttackEvent> events;
    private static AttackCatalog catalog;

    @BeforeAll
    static void load() {
        events = new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped())
                .read(TestDataFiles.shipped(AttackCatalog.PATH));
        catalog = new AttackCatalog(events);
    }

    @Test
    void everyFeatureLoads() throws Exception {
        String text =
                new String(TestDataFiles.shipped(AttackCatalog.PATH).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        long featuresInFile = text.lines()
                .filter(line -> line.strip().equals("\"type\": \"Feature\","))
                .count();

        assertThat(featuresInFile).isPositive();
        assertThat(events).hasSize((int) featuresInFile);
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = events.stream().map(AttackEvent::id).collect(Collectors.toSet());

        assertThat(ids).hasSameSizeAs(events);
    }

    @Test
    void idsStartWithTheDate() {
        assertThat(events).allSatisfy(event -> assertThat(event.id()).startsWith(event.date() + "-"));
    }

    @Test
    void everyAttackHasAnHttpSource() {
        assertThat(events).allSatisfy(event -> {
            assertThat(event.sources()).as(event.id()).isNotEmpty();
            assertThat(event.sources()).allSatisfy(source -> {
                assertThat(source.url().getScheme()).as(event.id()).isIn("http", "https");
                assertThat(source.url().getHost()).as(event.id()).isNotBlank();
            });
        });
    }

    @Test
    void killedFiguresAreOrdered() {
        assertThat(events).allSatisfy(event -> {
            CasualtyRange killed = event.casualties().killed();
            assertThat(killed.low()).as(event.id()).isBetween(0, killed.best());
            assertThat(killed.best()).as(event.id()).isLessThanOrEqualTo(killed.high());
        });
    }

    @Test
    void everyAttackLiesInItsCountry() {
        CountryOutlines countries = TestCountries.shipped();

        assertThat(events)
                .allSatisfy(event -> assertThat(countries.contains(
                                event.country(),
                                event.location().latitude(),
                                event.location().longitude()))
                        .as("%s at %s in %s", event.id(), event.location(), event.country())
                        .isTrue());
    }

    /** The province an attack names is the one its point lies in (Natural Earth admin-1, geodata/basemap). */
    @Test
    void everyAttackLiesInItsStatedProvince() {
        Provinces provinces = TestProvinces.shipped();

        assertThat(events.stream()
                        .filter(event -> !provinces
                                .containing(
                                        event.location().latitude(),
                                        event.location().longitude())
                                .map(Province::name)
                                .orElse("no province")
                                .equals(event.admin1()))
                        .map(event -> event.id() + " names " + event.admin1() + " but lies in "
                                + provinces
                                        .containing(
                                                event.location().latitude(),
                                                event.location().longitude())
                                        .map(Province::name)
                                        .orElse("no province")))
                .isEmpty();
    }

    @Test
    void everyAttackNamesAPlaceOfTheGazetteer() {
        assertThat(events.stream()
                        .filter(event -> event.gazetteerPlace().isEmpty())
                        .map(AttackEvent::id))
                .as("attacks without a place")
                .isEmpty();
    }

    /**
     * Kabul's attacks hit different neighbourhoods; a map that puts them all on one point erases that. The aim is a
     * tenth at most; version 2.2.0 places five sixths of them finer than the city (geodata/README.md, known gaps),
     * and this keeps it under a fifth.
     */
    @Test
    void fewKabulAttacksSitOnTheCityPoint() {
        List<AttackEvent> kabul =
                events.stream().filter(event -> event.admin1().equals("Kabul")).toList();
        long onCityPoint = kabul.stream()
                .filter(event -> event.gazetteerPlace()
                        .map(place -> place.id().equals("kabul"))
                        .orElse(true))
                .count();

        assertThat(kabul.size()).isPositive();
        assertThat(onCityPoint).as("Kabul attacks on the city point").isLessThanOrEqualTo(kabul.size() / 5);
    }

    /** geodata/README.md: every figure of a range is stated in the note with who gave it. */
    @Test
    void everyFigureOfTheKilledRangeIsStatedInTheNote() {
        assertThat(events.stream()
                        .filter(event -> {
                            CasualtyRange killed = event.casualties().killed();
                            return !numbersIn(event.casualties().killedNote())
                                    .containsAll(List.of(killed.low(), killed.best(), killed.high()));
                        })
                        .map(AttackEvent::id))
                .as("attacks whose note leaves out a figure of the range")
                .isEmpty();
    }

    /** Deaths count victims only: a note that says a figure includes the attackers must say they were taken out. */
    @Test
    void attackersAreNeverCountedAmongTheKilled() {
        Pattern includesAttackers =
                Pattern.compile("including (the )?(bomber|attackers?|gunm[ae]n|assailants?)", Pattern.CASE_INSENSITIVE);
        Pattern takenOut = Pattern.compile(
                "exclud|subtract|not counted|taken out|without (the )?(bomber|attack)", Pattern.CASE_INSENSITIVE);
        assertThat(events.stream()
                        .map(event -> event.casualties().killedNote())
                        .filter(note -> includesAttackers.matcher(note).find()
                                && !takenOut.matcher(note).find()))
                .as("notes that count the attackers")
                .isEmpty();
    }

    private static Set<Integer> numbersIn(String text) {
        // Long: notes also hold ids such as GTD's twelve-digit incident numbers.
        return Pattern.compile("\\d[\\d,]*")
                .matcher(text)
                .results()
                .map(match -> Long.parseLong(match.group().replaceAll("\\D", "")))
                .filter(number -> number <= Integer.MAX_VALUE)
                .map(Long::intValue)
                .collect(Collectors.toSet());
    }

    @Test
    void everyYearFromFirstToLastHasAnAttack() {
        int first = events.stream().mapToInt(AttackEvent::year).min().orElseThrow();
        int last = events.stream().mapToInt(AttackEvent::year).max().orElseThrow();
        Set<Integer> years = events.stream().map(AttackEvent::year).collect(Collectors.toSet());

        assertThat(years).containsAll(IntStream.rangeClosed(first, last).boxed().toList());
        assertThat(catalog.yearTotals())
                .allSatisfy(total -> assertThat(total.attacks()).isPositive());
    }

    /** The coverage of version 2.1.0 (geodata/README.md says what is still missing); it must not shrink. */
    @Test
    void coversEveryYearFrom2015Through2025WithAtLeastTwoHundredSeventyFiveAttacks() {
        Set<Integer> years = events.stream().map(AttackEvent::year).collect(Collectors.toSet());

        assertThat(years).containsAll(IntStream.rangeClosed(2015, 2025).boxed().toList());
        assertThat(events.size()).as("attacks").isGreaterThanOrEqualTo(275);
    }

    @Test
    void coversTheCountriesTheGroupStruckIn() {
        assertThat(events.stream().map(AttackEvent::country).distinct())
                .contains("AFG", "PAK", "IRN", "RUS", "TJK", "TUR");
    }

    @Test
    void kabulAirportBombing() {
        AttackEvent airport = catalog.byId("2021-08-26-kabul-airport").orElseThrow();

        assertThat(airport.date()).isEqualTo(LocalDate.of(2021, 8, 26));
        assertThat(airport.country()).isEqualTo("AFG");
        assertThat(airport.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(airport.attackType()).isEqualTo(AttackType.SUICIDE_BOMBING);
        assertThat(airport.casualties().killed().best()).isEqualTo(183);
    }

    @Test
    void kabulMaternityHospitalIsAttributedNotClaimed() {
        AttackEvent hospital =
                catalog.byId("2020-05-12-kabul-maternity-hospital").orElseThrow();

        assertThat(hospital.date()).isEqualTo(LocalDate.of(2020, 5, 12));
        assertThat(hospital.claim().status()).isEqualTo(ClaimStatus.ATTRIBUTED);
        assertThat(hospital.target()).isEqualTo(TargetType.HEALTH);
    }

    @Test
    void kabulUniversityAttack() {
        AttackEvent university = catalog.byId("2020-11-02-kabul-university").orElseThrow();

        assertThat(university.date()).isEqualTo(LocalDate.of(2020, 11, 2));
        assertThat(university.target()).isEqualTo(TargetType.EDUCATION);
        assertThat(university.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
    }

    @Test
    void kabulRocketAttacks() {
        AttackEvent rockets = catalog.byId("2020-11-21-kabul-rockets").orElseThrow();

        assertThat(rockets.date()).isEqualTo(LocalDate.of(2020, 11, 21));
        assertThat(rockets.attackType()).isEqualTo(AttackType.ROCKET_ATTACK);
    }

    @Test
    void jalalabadPrisonAttack() {
        AttackEvent prison = catalog.byId("2020-08-02-jalalabad-prison").orElseThrow();

        assertThat(prison.date()).isEqualTo(LocalDate.of(2020, 8, 2));
        assertThat(prison.admin1()).isEqualTo("Nangarhar");
        assertThat(prison.attackType()).isEqualTo(AttackType.COMPLEX_ATTACK);
    }
}
