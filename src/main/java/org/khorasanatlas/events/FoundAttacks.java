package org.khorasanatlas.events;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The attacks a filter matched, in date order: a read-only list that copies no attack. It holds the matching
 * rows of the catalog (or, for a filter by years alone, just where they start and end), and reads an attack's
 * coordinates from the catalog's columns, so drawing a million of them on a map touches no attack object.
 */
public final class FoundAttacks extends AbstractList<AttackEvent> implements RandomAccess {

    private static final FoundAttacks NONE = new FoundAttacks(null, 0, 0, null);

    private final AttackCatalog catalog;
    private final int from;
    private final int size;
    /** The catalog's rows, ascending; null when they are all the rows from {@link #from} on. */
    private final int[] rows;

    FoundAttacks(AttackCatalog catalog, int from, int size, int[] rows) {
        this.catalog = catalog;
        this.from = from;
        this.size = size;
        this.rows = rows;
    }

    /** No attack at all. */
    public static FoundAttacks none() {
        return NONE;
    }

    @Override
    public AttackEvent get(int index) {
        return catalog.event(row(index));
    }

    @Override
    public int size() {
        return size;
    }

    public double latitude(int index) {
        return catalog.columns().latitude(row(index));
    }

    public double longitude(int index) {
        return catalog.columns().longitude(row(index));
    }

    /** Where the attack with this id is among these, or -1 when it is not one of them. */
    public int indexOfId(String id) {
        int row = catalog == null ? -1 : catalog.rowOf(id);
        if (row < 0) {
            return -1;
        }
        int index = rows == null ? row - from : Arrays.binarySearch(rows, row);
        return index >= 0 && index < size ? index : -1;
    }

    /**
     * The total of these attacks: for a filter by years alone, from the totals the catalog keeps per year; otherwise
     * added up from the catalog's columns.
     */
    public CasualtySummary summary() {
        if (catalog == null) {
            return CasualtySummary.of(List.of());
        }
        if (rows == null) {
            return catalog.spanSummary(from, from + size);
        }
        CasualtyTally tally = new CasualtyTally();
        for (int i = 0; i < size; i++) {
            catalog.columns().addTo(tally, rows[i]);
        }
        return tally.summary();
    }

    int row(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return rows == null ? from + index : rows[index];
    }
}
