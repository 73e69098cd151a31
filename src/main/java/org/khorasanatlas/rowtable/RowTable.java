package org.khorasanatlas.rowtable;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * A table the browser draws page by page from a URL that answers {@link RowPage}s, sorting by a column when its
 * header is pressed and turning pages itself: the server keeps no element per row or cell, only the URL and the
 * chosen row. Choosing a row (a click, or Enter or Space on the focused row) reports its id; the table marks a
 * row only when told to ({@link #select}), and then fetches the page that holds it.
 */
@Tag("atlas-row-table")
@JsModule("./rowtable/row-table.ts")
@CssImport("./rowtable/row-table.css")
public class RowTable extends Component {

    static final String CHOOSE = "row-choose";
    static final String CHOSEN_ID = "event.detail.id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RowTable(List<TableColumn> columns, TableTexts texts) {
        // Every table of a kind in a language has the same columns and texts: its tabs share one interned string.
        getElement().setProperty("columns", JSON.writeValueAsString(columns).intern());
        getElement().setProperty("texts", JSON.writeValueAsString(texts).intern());
    }

    /** Shows the rows this URL answers, in the sort the reader chose, from the page of the marked row if any. */
    public void show(String source) {
        getElement().setProperty("source", source);
    }

    /** Marks the row of this id, if a page holds it; null marks none. */
    public void select(String id) {
        getElement().setProperty("selected", id == null ? "" : id);
    }

    /** Called with the id of each row the reader chooses, as the browser reports it: check it before use. */
    public Registration addChooseListener(Consumer<String> listener) {
        return getElement()
                .addEventListener(
                        CHOOSE,
                        event -> listener.accept(
                                event.getEventData().path(CHOSEN_ID).asString("")))
                .addEventData(CHOSEN_ID);
    }
}
