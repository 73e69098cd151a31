package org.khorasanatlas.table;

import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.rowtable.RowPages.RangeText;

/** Where a page lies among a table's rows, as its reader reads it: "Rows 51–100 of 281". */
final class RowRange {

    private RowRange() {}

    static RangeText in(Translation text, ReaderFigures figures) {
        return (first, last, total) ->
                text.of("table.rows", figures.count(first), figures.count(last), figures.count(total));
    }
}
