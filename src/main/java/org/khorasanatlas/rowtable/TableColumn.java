package org.khorasanatlas.rowtable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A column of a {@link RowTable}: the key its cells and its sort go by, its header, and how it is drawn.
 *
 * @param group a header over a run of neighbouring columns (such as "Killed" over low, best and high); null for none
 * @param numeric figures, aligned at the end so their digits line up
 * @param rowHeader the cell that names its row (a screen reader reads it with every other cell of the row)
 * @param width the least width (CSS), or null to fit the cells: a narrow screen scrolls the table sideways
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record TableColumn(String key, String header, String group, boolean numeric, boolean rowHeader, String width) {

    public static TableColumn text(String key, String header, String width) {
        return new TableColumn(key, header, null, false, false, width);
    }

    public static TableColumn rowHeader(String key, String header, String width) {
        return new TableColumn(key, header, null, false, true, width);
    }

    public static TableColumn number(String key, String header) {
        return new TableColumn(key, header, null, true, false, null);
    }

    public TableColumn inGroup(String groupHeader) {
        return new TableColumn(key, header, groupHeader, numeric, rowHeader, width);
    }
}
