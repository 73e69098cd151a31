package org.khorasanatlas.rowtable;

import java.util.Optional;
import java.util.Set;

/**
 * Which page of a table's rows the browser asks for: a sort (none for the table's own order), a page, and
 * possibly a row to show, whose page then wins over the page asked for.
 */
public record RowRequest(Optional<SortOrder> sort, int page, Optional<String> around) {

    public static final String SORT = "sort";
    public static final String DIRECTION = "dir";
    public static final String PAGE = "page";
    public static final String AROUND = "around";
    public static final Set<String> PARAMETERS = Set.of(SORT, DIRECTION, PAGE, AROUND);

    /** A column to sort by, and which way. */
    public record SortOrder(String key, boolean descending) {}

    public static RowRequest firstPage() {
        return new RowRequest(Optional.empty(), 0, Optional.empty());
    }

    /** The request as a stable text, for a cache validator. */
    public String canonical() {
        return sort.map(order -> order.key() + (order.descending() ? "-desc" : "-asc"))
                        .orElse("") + "/" + page + around.map(id -> "/" + id).orElse("");
    }
}
