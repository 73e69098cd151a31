package org.khorasanatlas.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackType;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.Casualties;
import org.khorasanatlas.events.CasualtyRange;
import org.khorasanatlas.events.Claim;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.DatePrecision;
import org.khorasanatlas.events.InjuryRange;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.places.GeoPoint;
import org.khorasanatlas.places.LocationPrecision;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.sources.Source;

/**
 * Made-up attacks for load tests, never real data: clustered around the cities where ISKP struck, spread over
 * 2015–2025 roughly as the real attacks are, with a heavy-tailed death toll. The same count gives the same
 * attacks every time (fixed seed), so every run of the benchmark measures the same data. Every point lies in
 * its country's outline, as the loader demands.
 */
public final class SyntheticAttacks {

    static final long SEED = 20_150_110L;
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;
    /** About 9 km: attacks spread over a city and its outskirts. */
    private static final double JITTER_DEGREES = 0.08;

    private static final int PLACEMENT_TRIES = 20;

    /** Relative weight of each year, shaped like the shipped data (few in 2015, a peak in 2017–2018). */
    private static final int[] YEAR_WEIGHTS = {3, 7, 21, 16, 6, 12, 7, 11, 7, 9, 4};

    private record City(String place, String admin1, String country, double latitude, double longitude, int weight) {}

    private static final List<City> CITIES = List.of(
            new City("Kabul", "Kabul", "AFG", 34.5553, 69.2075, 30),
            new City("Jalalabad", "Nangarhar", "AFG", 34.4265, 70.4515, 15),
            new City("Kandahar", "Kandahar", "AFG", 31.6289, 65.7372, 6),
            new City("Kunduz", "Kunduz", "AFG", 36.7280, 68.8680, 5),
            new City("Mazar-i-Sharif", "Balkh", "AFG", 36.7090, 67.1109, 4),
            new City("Herat", "Herat", "AFG", 34.3529, 62.2040, 4),
            new City("Ghazni", "Ghazni", "AFG", 33.5536, 68.4269, 2),
            new City("Lashkar Gah", "Helmand", "AFG", 31.5938, 64.3616, 2),
            new City("Peshawar", "Khyber Pakhtunkhwa", "PAK", 34.0151, 71.5249, 8),
            new City("Khar", "Khyber Pakhtunkhwa", "PAK", 34.7281, 71.5230, 3),
            new City("Quetta", "Balochistan", "PAK", 30.1798, 66.9750, 6),
            new City("Mastung", "Balochistan", "PAK", 29.7997, 66.8455, 2),
            new City("Karachi", "Sindh", "PAK", 24.8607, 67.0011, 4),
            new City("Kerman", "Kerman", "IRN", 30.2839, 57.0834, 2),
            new City("Shiraz", "Fars", "IRN", 29.5918, 52.5837, 1),
            new City("Dushanbe", "Dushanbe", "TJK", 38.5598, 68.7870, 1));

    private final CountryOutlines countries;

    public SyntheticAttacks(CountryOutlines countries) {
        this.countries = countries;
    }

    /** {@code count} attacks with ids {@code syn-0000001...}, in no particular order. */
    public List<AttackEvent> generate(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<AttackEvent> events = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            events.add(attack(i, random));
        }
        return events;
    }

    private AttackEvent attack(int number, SplittableRandom random) {
        City city = pick(CITIES, CITIES.stream().mapToInt(City::weight).toArray(), random);
        int year = FIRST_YEAR + index(YEAR_WEIGHTS, random);
        LocalDate date = LocalDate.ofYearDay(
                year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        String id = "syn-%07d".formatted(number);
        // Deaths: log-normal, most attacks kill a handful, a few kill hundreds (as the real ones do).
        int best = (int) Math.min(400, Math.floor(Math.exp(1.4 + 1.1 * random.nextGaussian())));
        CasualtyRange killed =
                new CasualtyRange(best - random.nextInt(best / 5 + 1), best, best + random.nextInt(best / 4 + 1));
        Optional<InjuryRange> injured = random.nextInt(4) == 0
                ? Optional.empty()
                : Optional.of(new InjuryRange(best, best * 2 + random.nextInt(5)));
        ClaimStatus status = pick(List.of(ClaimStatus.values()), new int[] {90, 4, 2, 4}, random);
        Branch branch = city.country().equals("PAK") && random.nextInt(5) == 0 ? Branch.ISPP : Branch.ISKP;
        TargetType target = TargetType.values()[random.nextInt(TargetType.values().length)];
        AttackType attackType = AttackType.values()[random.nextInt(AttackType.values().length)];
        return new AttackEvent(
                id,
                "Synthetic attack " + number + " in " + city.place(),
                date,
                DatePrecision.DAY,
                city.place(),
                city.admin1(),
                city.country(),
                place(city, random),
                LocationPrecision.TOWN,
                new Casualties(killed, "Synthetic figure for load tests.", OptionalInt.empty(), injured, ""),
                target,
                attackType,
                new Claim(status, "Synthetic benchmark data", ""),
                branch,
                List.of(new Source(
                        "Khorasan Atlas benchmark",
                        "Synthetic attack " + number,
                        date,
                        URI.create("https://example.org/khorasan-atlas/bench/" + id))),
                Optional.empty());
    }

    /** A point near the city, inside the country; the city centre itself if jitter keeps landing abroad. */
    private GeoPoint place(City city, SplittableRandom random) {
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            double latitude = round(city.latitude() + JITTER_DEGREES * random.nextGaussian());
            double longitude = round(city.longitude() + JITTER_DEGREES * random.nextGaussian());
            if (countries.contains(city.country(), latitude, longitude)) {
                return new GeoPoint(latitude, longitude);
            }
        }
        return new GeoPoint(city.latitude(), city.longitude());
    }

    /** Five decimals (about a metre), as a person would write coordinates, which keeps the files smaller. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private static <T> T pick(List<T> items, int[] weights, SplittableRandom random) {
        return items.get(index(weights, random));
    }

    private static int index(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
