package org.khorasanatlas.events;

/**
 * Deaths as the sources give them: the lowest credible figure, the best estimate, and the highest. Sums
 * add each bound, so a total's range is as honest as its parts.
 */
public record CasualtyRange(int low, int best, int high) {

    public static final CasualtyRange NONE = new CasualtyRange(0, 0, 0);

    public CasualtyRange {
        if (low < 0 || low > best || best > high) {
            throw new IllegalArgumentException("need 0 <= low <= best <= high, got " + low + "/" + best + "/" + high);
        }
    }

    public CasualtyRange plus(CasualtyRange other) {
        return new CasualtyRange(low + other.low, best + other.best, high + other.high);
    }

    public boolean isExact() {
        return low == high;
    }
}
