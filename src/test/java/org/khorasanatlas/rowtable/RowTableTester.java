package org.khorasanatlas.rowtable;

import java.util.List;

import com.vaadin.browserless.ComponentTester;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads what a {@link RowTable} tells its browser half and sends it what row-table.ts sends for a chosen row. */
public class RowTableTester extends ComponentTester<RowTable> {

    public RowTableTester(RowTable table) {
        super(table);
    }

    /** A click on a row, or Enter or Space on it: the row's id, as the browser reports it. */
    public void choose(String id) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(RowTable.CHOSEN_ID, id);
        fireDomEvent(RowTable.CHOOSE, data);
    }

    /** The URL the browser fetches the rows from. */
    public String source() {
        return getComponent().getElement().getProperty("source", "");
    }

    /** The id of the row the browser marks; empty for none. */
    public String selected() {
        return getComponent().getElement().getProperty("selected", "");
    }

    /** The keys of the columns, in the order of a row's cells. */
    public List<String> columnKeys() {
        return JsonMapper.builder()
                .build()
                .readTree(getComponent().getElement().getProperty("columns"))
                .valueStream()
                .map(column -> column.path("key").asString())
                .toList();
    }
}
