package org.khorasanatlas.events;

/** People injured, as a range: sources rarely agree and seldom give a single best figure. */
public record InjuryRange(int low, int high) {

    public static final InjuryRange NONE = new InjuryRange(0, 0);

    public InjuryRange {
        if (low < 0 || low > high) {
            throw new IllegalArgumentException("need 0 <= low <= high, got " + low + "/" + high);
        }
    }

    public InjuryRange plus(InjuryRange other) {
        return new InjuryRange(low + other.low, high + other.high);
    }

    public boolean isExact() {
        return low == high;
    }
}
