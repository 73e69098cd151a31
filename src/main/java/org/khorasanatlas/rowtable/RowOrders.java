package org.khorasanatlas.rowtable;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.khorasanatlas.rowtable.RowRequest.SortOrder;

/**
 * The orders a table's rows can be sorted in, by column key. The items come in one of them already (the table's
 * own order), and asked for that order they are not sorted again: over a million rows a sort per page would take
 * seconds. Ties fall back to one order that tells every two items apart, so a page always holds the same rows.
 */
public final class RowOrders<T> {

    private final Map<String, Comparator<T>> orders = new LinkedHashMap<>();
    private final SortOrder given;
    private final Comparator<T> ties;

    /**
     * @param given the order the items come in (its key must be added with {@link #with})
     * @param ties the order of items a sort leaves equal
     */
    public RowOrders(SortOrder given, Comparator<T> ties) {
        this.given = given;
        this.ties = ties;
    }

    /** A column to sort by, ascending by this order (descending is its reverse). */
    public RowOrders<T> with(String key, Comparator<T> order) {
        orders.put(key, order);
        return this;
    }

    public Set<String> keys() {
        return orders.keySet();
    }

    /** The order a request gets: the one it asks for, or the table's own. */
    public SortOrder applied(Optional<SortOrder> sort) {
        return sort.filter(order -> orders.containsKey(order.key())).orElse(given);
    }

    /** The items (in the table's own order) in the order the request gets. */
    public List<T> sorted(List<T> items, Optional<SortOrder> sort) {
        SortOrder order = applied(sort);
        if (order.equals(given)) {
            return items;
        }
        Comparator<T> byColumn = orders.get(order.key());
        return items.stream()
                .sorted((order.descending() ? byColumn.reversed() : byColumn).thenComparing(ties))
                .toList();
    }
}
