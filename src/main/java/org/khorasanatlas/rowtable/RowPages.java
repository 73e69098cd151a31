package org.khorasanatlas.rowtable;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.khorasanatlas.rowtable.RowPage.Cell;
import org.khorasanatlas.rowtable.RowPage.Row;
import org.khorasanatlas.rowtable.RowRequest.SortOrder;

/** Cuts a table's sorted items into pages of a fixed size and words the page the browser asked for. */
public final class RowPages<T> {

    /** Where a page lies among the rows, for people: rows first to last (from 1) of total. */
    @FunctionalInterface
    public interface RangeText {
        String of(int first, int last, int total);
    }

    private final int pageSize;
    private final Function<T, String> id;

    public RowPages(int pageSize, Function<T, String> id) {
        this.pageSize = pageSize;
        this.id = id;
    }

    /**
     * The page asked for, or the one holding the row of {@code request.around()} if the items hold it; a page
     * past the last is the last.
     */
    public RowPage page(
            List<T> sorted, SortOrder order, RowRequest request, Function<T, List<Cell>> cells, RangeText range) {
        int total = sorted.size();
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int page = request.around()
                .flatMap(wanted -> IntStream.range(0, total)
                        .filter(i -> id.apply(sorted.get(i)).equals(wanted))
                        .boxed()
                        .findFirst())
                .map(index -> index / pageSize)
                .orElse(Math.min(request.page(), pages - 1));
        int from = page * pageSize;
        int to = Math.min(total, from + pageSize);
        List<Row> rows = sorted.subList(from, to).stream()
                .map(item -> new Row(id.apply(item), cells.apply(item)))
                .toList();
        return new RowPage(
                total,
                page,
                pages,
                order.key(),
                order.descending() ? "desc" : "asc",
                total == 0 ? "" : range.of(from + 1, to, total),
                rows);
    }
}
