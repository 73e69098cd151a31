package org.khorasanatlas.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.geodata.Wording;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;
import org.springframework.stereotype.Component;

/**
 * The filter as query parameters, one codec for the page URL and the API alike: {@code year} or
 * {@code from}/{@code to}, {@code country}, {@code claim}, {@code target} (each repeatable or comma-separated),
 * {@code minKilled}, {@code province} (ids of {@link Provinces}, repeatable or comma-separated), and {@code event}
 * for the selected attack. A value that cannot be used is left out of
 * the filter and reported; it never causes an error.
 */
@Component
public class FilterParameters {

    public static final String YEAR = "year";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COUNTRY = "country";
    public static final String CLAIM = "claim";
    public static final String TARGET = "target";
    public static final String MIN_KILLED = "minKilled";
    public static final String EVENT = "event";
    public static final String PROVINCE = "province";
    public static final Set<String> NAMES = Set.of(YEAR, FROM, TO, COUNTRY, CLAIM, TARGET, MIN_KILLED, EVENT, PROVINCE);

    /** Far above any attack's toll; a bigger number is a typo or an attack on the parser. */
    static final int MAX_MIN_KILLED = 100_000;

    private static final Wording ALL_YEARS = Wording.of("problem.fallback.all-years");

    private final AttackCatalog catalog;
    private final CountryOutlines countries;
    private final Provinces provinces;

    public FilterParameters(AttackCatalog catalog, CountryOutlines countries, Provinces provinces) {
        this.catalog = catalog;
        this.countries = countries;
        this.provinces = provinces;
    }

    public ParsedFilter parse(Map<String, List<String>> parameters) {
        Reading reading = new Reading(parameters);
        EventFilter filter = EventFilter.allYears()
                .withYears(reading.years())
                .withCountries(reading.codes(
                        COUNTRY,
                        value -> {
                            String code = value.toUpperCase(Locale.ROOT);
                            return countries.isKnown(code) ? Optional.of(code) : Optional.empty();
                        },
                        Wording.of("problem.country")))
                .withClaims(reading.coded(CLAIM, ClaimStatus.class))
                .withTargets(reading.coded(TARGET, TargetType.class))
                .withMinKilled(reading.minKilled())
                .withProvinces(reading.codes(
                        PROVINCE,
                        value -> provinces.byId(value.toLowerCase(Locale.ROOT)).map(Province::id),
                        Wording.of("problem.province")));
        return new ParsedFilter(filter, reading.eventId(), reading.problems);
    }

    /** The shortest parameters that give back {@code filter} (and the selected attack), in a stable order. */
    public static Map<String, List<String>> format(EventFilter filter, Optional<String> eventId) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        YearRange years = filter.years();
        if (years.single().isPresent()) {
            parameters.put(YEAR, List.of(String.valueOf(years.from())));
        } else if (!years.isAll()) {
            parameters.put(FROM, List.of(String.valueOf(years.from())));
            parameters.put(TO, List.of(String.valueOf(years.to())));
        }
        putJoined(parameters, COUNTRY, filter.countries().stream().toList());
        putJoined(parameters, CLAIM, filter.claims().stream().map(Coded::code).toList());
        putJoined(parameters, TARGET, filter.targets().stream().map(Coded::code).toList());
        if (filter.minKilled() > 0) {
            parameters.put(MIN_KILLED, List.of(String.valueOf(filter.minKilled())));
        }
        putJoined(parameters, PROVINCE, filter.provinces().stream().toList());
        eventId.ifPresent(id -> parameters.put(EVENT, List.of(id)));
        return parameters;
    }

    private static void putJoined(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, List.of(String.join(",", values)));
        }
    }

    /** One parse: the parameters and the problems found so far. */
    private final class Reading {

        private final Map<String, List<String>> parameters;
        private final List<ParameterProblem> problems = new ArrayList<>();
        private final Map<String, Optional<String>> singles = new HashMap<>();
        private final int firstYear;
        private final int lastYear;

        Reading(Map<String, List<String>> parameters) {
            this.parameters = parameters;
            List<YearTotal> totals = catalog.yearTotals();
            this.firstYear = totals.isEmpty() ? 0 : totals.getFirst().year();
            this.lastYear = totals.isEmpty() ? 0 : totals.getLast().year();
        }

        YearRange years() {
            OptionalInt year = year(YEAR);
            OptionalInt from = year(FROM);
            OptionalInt to = year(TO);
            if (year.isPresent()) {
                if (from.isPresent() || to.isPresent()) {
                    problems.add(new ParameterProblem(
                            from.isPresent() ? FROM : TO,
                            single(from.isPresent() ? FROM : TO),
                            Wording.of("problem.with-year"),
                            ParameterProblem.IGNORED));
                }
                return YearRange.of(year.getAsInt());
            }
            if (from.isEmpty() && to.isEmpty()) {
                return YearRange.all();
            }
            int start = from.orElse(firstYear);
            int end = to.orElse(lastYear);
            if (start > end) {
                problems.add(new ParameterProblem(
                        FROM, single(FROM), Wording.of("problem.after-to", String.valueOf(end)), ALL_YEARS));
                return YearRange.all();
            }
            return new YearRange(start, end);
        }

        private OptionalInt year(String name) {
            String value = single(name);
            if (value == null) {
                return OptionalInt.empty();
            }
            if (!value.matches("\\d{4}")) {
                problems.add(new ParameterProblem(name, value, Wording.of("problem.not-year"), ALL_YEARS));
                return OptionalInt.empty();
            }
            int year = Integer.parseInt(value);
            if (year < firstYear || year > lastYear) {
                problems.add(new ParameterProblem(
                        name, value, Wording.of("problem.outside-data", firstYear, lastYear), ALL_YEARS));
                return OptionalInt.empty();
            }
            return OptionalInt.of(year);
        }

        int minKilled() {
            String value = single(MIN_KILLED);
            if (value == null) {
                return 0;
            }
            if (!value.matches("\\d{1,6}") || Integer.parseInt(value) > MAX_MIN_KILLED) {
                problems.add(new ParameterProblem(
                        MIN_KILLED,
                        value,
                        Wording.of("problem.min-killed", 0, MAX_MIN_KILLED),
                        ParameterProblem.IGNORED));
                return 0;
            }
            return Integer.parseInt(value);
        }

        Optional<String> eventId() {
            String value = single(EVENT);
            if (value == null) {
                return Optional.empty();
            }
            if (catalog.byId(value).isEmpty()) {
                problems.add(new ParameterProblem(
                        EVENT, value, Wording.of("problem.no-attack"), Wording.of("problem.fallback.none-selected")));
                return Optional.empty();
            }
            return Optional.of(value);
        }

        <E extends Enum<E> & Coded> Set<E> coded(String name, Class<E> type) {
            Set<E> chosen = EnumSet.noneOf(type);
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
            chosen.addAll(codes(
                    name,
                    value -> Arrays.stream(type.getEnumConstants())
                            .filter(constant -> constant.code().equals(value))
                            .findFirst(),
                    Wording.of("problem.not-one-of", allowed)));
            return chosen;
        }

        <T extends Comparable<T>> Set<T> codes(String name, Function<String, Optional<T>> lookUp, Wording why) {
            Set<T> chosen = new TreeSet<>();
            for (String value : values(name)) {
                Optional<T> found = lookUp.apply(value);
                if (found.isPresent()) {
                    chosen.add(found.get());
                } else {
                    problems.add(new ParameterProblem(name, value, why, ParameterProblem.IGNORED));
                }
            }
            return chosen;
        }

        /** All values of a repeatable parameter, split at commas, blanks dropped. */
        private List<String> values(String name) {
            return parameters.getOrDefault(name, List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }

        /** The value of a single-valued parameter, or null when absent or blank; read (and reported) once. */
        private String single(String name) {
            return singles.computeIfAbsent(name, key -> {
                        List<String> values = parameters.getOrDefault(key, List.of());
                        if (values.size() > 1) {
                            problems.add(new ParameterProblem(
                                    key,
                                    String.join(",", values),
                                    Wording.of("problem.twice"),
                                    Wording.of("problem.fallback.first")));
                        }
                        return values.isEmpty() || values.getFirst().isBlank()
                                ? Optional.empty()
                                : Optional.of(values.getFirst().strip());
                    })
                    .orElse(null);
        }
    }
}
