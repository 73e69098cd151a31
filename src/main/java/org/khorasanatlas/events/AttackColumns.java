package org.khorasanatlas.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's attacks as columns of numbers, row by row in the catalog's (date) order. A filter, a total or a
 * map grid over a million attacks reads a few dense arrays instead of a million objects scattered over the heap
 * (see docs/benchmarks.md). Codes (countries, provinces) are kept as indexes into a short list of each.
 */
final class AttackColumns {

    private static final int NONE = -1;

    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] killedLow;
    private final int[] killedBest;
    private final int[] killedHigh;
    private final int[] perpetrators;
    private final int[] injuredLow;
    private final int[] injuredHigh;
    private final byte[] branches;
    private final byte[] claims;
    private final byte[] targets;
    private final int[] countries;
    private final int[] provinces;
    private final List<String> countryCodes = new ArrayList<>();
    private final List<String> provinceIds = new ArrayList<>();

    /** @param provinceIds the province each attack lies in (null outside every province known), row by row */
    AttackColumns(List<AttackEvent> events, String[] provinceIds) {
        int rows = events.size();
        latitudes = new double[rows];
        longitudes = new double[rows];
        killedLow = new int[rows];
        killedBest = new int[rows];
        killedHigh = new int[rows];
        perpetrators = new int[rows];
        injuredLow = new int[rows];
        injuredHigh = new int[rows];
        branches = new byte[rows];
        claims = new byte[rows];
        targets = new byte[rows];
        countries = new int[rows];
        provinces = new int[rows];
        Map<String, Integer> countryIndex = new HashMap<>();
        Map<String, Integer> provinceIndex = new HashMap<>();
        for (int row = 0; row < rows; row++) {
            AttackEvent event = events.get(row);
            Casualties c = event.casualties();
            latitudes[row] = event.location().latitude();
            longitudes[row] = event.location().longitude();
            killedLow[row] = c.killed().low();
            killedBest[row] = c.killed().best();
            killedHigh[row] = c.killed().high();
            perpetrators[row] = c.perpetratorsKilled().orElse(0);
            injuredLow[row] = c.injured().map(InjuryRange::low).orElse(CasualtyTally.NO_FIGURE);
            injuredHigh[row] = c.injured().map(InjuryRange::high).orElse(CasualtyTally.NO_FIGURE);
            branches[row] = (byte) event.branch().ordinal();
            claims[row] = (byte) event.claim().status().ordinal();
            targets[row] = (byte) event.target().ordinal();
            countries[row] = indexOf(event.country(), countryIndex, countryCodes);
            provinces[row] =
                    provinceIds[row] == null ? NONE : indexOf(provinceIds[row], provinceIndex, this.provinceIds);
        }
    }

    private static int indexOf(String code, Map<String, Integer> index, List<String> codes) {
        return index.computeIfAbsent(code, added -> {
            codes.add(added);
            return codes.size() - 1;
        });
    }

    double latitude(int row) {
        return latitudes[row];
    }

    double longitude(int row) {
        return longitudes[row];
    }

    /** The province the attack of this row lies in, null outside every province known. */
    String provinceId(int row) {
        return provinces[row] == NONE ? null : provinceIds.get(provinces[row]);
    }

    /** The number of provinces attacks lie in: the bound of {@link #provinceIndex}. */
    int provinceCount() {
        return provinceIds.size();
    }

    /** The province of this row as an index below {@link #provinceCount}, or -1 outside every province known. */
    int provinceIndex(int row) {
        return provinces[row];
    }

    String provinceIdAt(int index) {
        return provinceIds.get(index);
    }

    void addTo(CasualtyTally tally, int row) {
        tally.add(
                branches[row],
                claims[row],
                killedLow[row],
                killedBest[row],
                killedHigh[row],
                perpetrators[row],
                injuredLow[row],
                injuredHigh[row]);
    }

    /**
     * The rows from {@code from} (included) to {@code to} (excluded) that the filter matches, ascending. Its years
     * are the caller's to turn into the span; everything else is checked here, as {@link EventFilter#matches} does.
     */
    int[] matching(EventFilter filter, int from, int to) {
        boolean[] countryOk = allowed(filter.countries(), countryCodes);
        boolean[] provinceOk = allowed(filter.provinces(), provinceIds);
        boolean[] claimOk = allowed(filter.claims(), ClaimStatus.values());
        boolean[] targetOk = allowed(filter.targets(), TargetType.values());
        int minKilled = filter.minKilled();
        int[] found = new int[Math.max(0, to - from)];
        int count = 0;
        for (int row = from; row < to; row++) {
            if (killedBest[row] >= minKilled
                    && (countryOk == null || countryOk[countries[row]])
                    && (claimOk == null || claimOk[claims[row]])
                    && (targetOk == null || targetOk[targets[row]])
                    && (provinceOk == null || provinces[row] != NONE && provinceOk[provinces[row]])) {
                found[count++] = row;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Which indexes of {@code codes} the chosen set allows; null when nothing is chosen (any is allowed). */
    private static boolean[] allowed(Set<String> chosen, List<String> codes) {
        if (chosen.isEmpty()) {
            return null;
        }
        boolean[] allowed = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            allowed[i] = chosen.contains(codes.get(i));
        }
        return allowed;
    }

    private static <E extends Enum<E>> boolean[] allowed(Set<E> chosen, E[] values) {
        if (chosen.isEmpty()) {
            return null;
        }
        boolean[] allowed = new boolean[values.length];
        chosen.forEach(value -> allowed[value.ordinal()] = true);
        return allowed;
    }
}
