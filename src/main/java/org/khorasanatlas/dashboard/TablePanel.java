package org.khorasanatlas.dashboard;

import java.util.function.Consumer;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.rowtable.RowTable;
import org.khorasanatlas.rowtable.TableTexts;
import org.khorasanatlas.table.AttackRows;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * The filtered attacks as a sortable table under a heading that counts them, with the links to download them:
 * the map's text alternative. The browser fetches the rows ({@link AttackRows}); choosing a row reports the
 * attack, and {@link #select} marks a selection made elsewhere (on the map, or in the URL).
 */
class TablePanel extends Section {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final H2 heading = new H2();
    private final DownloadLinks downloads = new DownloadLinks();
    private final AttackCatalog catalog;
    private final AttackRows rows;
    private final RowTable table;
    private EventFilter filter = EventFilter.allYears();

    TablePanel(AttackCatalog catalog, AttackRows rows, Consumer<AttackEvent> onChoose) {
        this.catalog = catalog;
        this.rows = rows;
        this.table = new RowTable(
                AttackRows.columns(this::getTranslation),
                new TableTexts(
                        getTranslation("table.label"),
                        getTranslation("table.empty"),
                        getTranslation("table.previous"),
                        getTranslation("table.next"),
                        getTranslation("table.failed"),
                        getTranslation("table.retry")));
        setId("table-panel");
        addClassName("table-panel");
        heading.setId("table-heading");
        getElement().setAttribute("aria-labelledby", "table-heading");
        table.setId("attack-table");
        table.addClassName("attack-table");
        // Only an attack of the table's filter is taken: the id comes from the browser.
        table.addChooseListener(id ->
                catalog.byId(id).filter(event -> catalog.matches(filter, event)).ifPresent(onChoose));
        Div bar = new Div(heading, downloads);
        bar.addClassName("table-bar");
        add(bar, table);
    }

    void show(EventFilter newFilter, int attacks) {
        filter = newFilter;
        heading.setText(getTranslation("table.heading", figures.count(attacks), attacks));
        downloads.show(newFilter, attacks);
        table.show(rows.url(newFilter, getLocale()));
    }

    /** Marks the attack's row; none for none (null) or for an attack the table does not list (an imported one). */
    void select(AttackEvent event) {
        table.select(event != null && catalog.matches(filter, event) ? event.id() : null);
    }
}
