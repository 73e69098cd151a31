package org.khorasanatlas.rowtable;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a {@link RowTable}'s rows, as the browser gets it: the rows' cells already worded in the reader's
 * language, the sort they are in, and where the page lies among all the rows.
 *
 * @param page counted from 0
 * @param range where the page lies, for people ("Rows 51–100 of 281")
 */
public record RowPage(int total, int page, int pages, String sort, String dir, String range, List<Row> rows) {

    /** A row: its id (what choosing it reports) and its cells in the order of the table's columns. */
    public record Row(String id, List<Cell> cells) {}

    /**
     * A cell's text; a name in another language than the page's (an English name on a Dari page) carries its
     * language and, so its words keep their order in a right-to-left page, its direction.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(String text, String lang, String dir) {

        public static Cell of(String text) {
            return new Cell(text, null, null);
        }
    }
}
