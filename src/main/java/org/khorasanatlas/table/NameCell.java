package org.khorasanatlas.table;

import java.util.Locale;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.rowtable.RowPage.Cell;

/**
 * A table cell of a name that may be English where the page is not (an attack's name, a province Natural Earth
 * does not name in Pashto): marked with its language, and isolated by {@code dir="ltr"}, so in a right-to-left
 * page its words keep their order.
 */
final class NameCell {

    private NameCell() {}

    static Cell of(PlaceName name, Locale page) {
        return name.english() && Language.of(page) != Language.ENGLISH
                ? new Cell(name.text(), Language.ENGLISH.tag(), "ltr")
                : Cell.of(name.text());
    }
}
