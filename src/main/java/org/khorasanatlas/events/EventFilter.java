package org.khorasanatlas.events;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which attacks the user asked for. Empty sets mean "any": no country chosen shows every country.
 * {@code provinces} are ids of {@link org.khorasanatlas.region.Provinces}; an attack's province is where its point
 * lies, found when the attacks are read. Immutable; the {@code with...} methods give changed copies.
 */
public record EventFilter(
        YearRange years,
        Set<String> countries,
        Set<ClaimStatus> claims,
        Set<TargetType> targets,
        int minKilled,
        Set<String> provinces) {

    public EventFilter {
        countries = Collections.unmodifiableSet(new TreeSet<>(countries));
        provinces = Collections.unmodifiableSet(new TreeSet<>(provinces));
        claims = claims.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(claims));
        targets = targets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(targets));
        if (minKilled < 0) {
            throw new IllegalArgumentException("minKilled must not be negative: " + minKilled);
        }
    }

    public static EventFilter allYears() {
        return new EventFilter(YearRange.all(), Set.of(), Set.of(), Set.of(), 0, Set.of());
    }

    public static EventFilter year(int year) {
        return allYears().withYears(YearRange.of(year));
    }

    public EventFilter withYears(YearRange range) {
        return new EventFilter(range, countries, claims, targets, minKilled, provinces);
    }

    public EventFilter withCountries(Set<String> codes) {
        return new EventFilter(years, codes, claims, targets, minKilled, provinces);
    }

    public EventFilter withClaims(Set<ClaimStatus> statuses) {
        return new EventFilter(years, countries, statuses, targets, minKilled, provinces);
    }

    public EventFilter withTargets(Set<TargetType> types) {
        return new EventFilter(years, countries, claims, types, minKilled, provinces);
    }

    public EventFilter withMinKilled(int deaths) {
        return new EventFilter(years, countries, claims, targets, deaths, provinces);
    }

    public EventFilter withProvinces(Set<String> ids) {
        return new EventFilter(years, countries, claims, targets, minKilled, ids);
    }

    /** Whether anything but the years narrows the attacks shown. */
    public boolean narrowsBeyondYears() {
        return !countries.isEmpty() || !claims.isEmpty() || !targets.isEmpty() || minKilled > 0 || !provinces.isEmpty();
    }

    /** @param provinceId the province the attack lies in, null outside every province known */
    public boolean matches(AttackEvent event, String provinceId) {
        return years.contains(event.year())
                && (provinces.isEmpty() || provinceId != null && provinces.contains(provinceId))
                && (countries.isEmpty() || countries.contains(event.country()))
                && (claims.isEmpty() || claims.contains(event.claim().status()))
                && (targets.isEmpty() || targets.contains(event.target()))
                && event.casualties().killed().best() >= minKilled;
    }
}
