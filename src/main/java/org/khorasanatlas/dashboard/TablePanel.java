package org.khorasanatlas.dashboard;

import java.util.function.Consumer;
import java.util.function.Function;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** The table of the filtered attacks under a heading that counts them, with the links to download them. */
class TablePanel extends Section {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final H2 heading = new H2();
    private final DownloadLinks downloads = new DownloadLinks();
    private final AttackTable table;

    TablePanel(
            AttackCatalog catalog,
            Function<String, String> countryName,
            Function<AttackEvent, PlaceName> provinceName,
            Consumer<AttackEvent> onChoose) {
        this.table = new AttackTable(catalog, countryName, provinceName, onChoose);
        setId("table-panel");
        addClassName("table-panel");
        heading.setId("table-heading");
        getElement().setAttribute("aria-labelledby", "table-heading");
        Div bar = new Div(heading, downloads);
        bar.addClassName("table-bar");
        add(bar, table);
    }

    void show(EventFilter filter, int attacks) {
        heading.setText(getTranslation("table.heading", figures.count(attacks), attacks));
        downloads.show(filter, attacks);
        table.show(filter);
    }

    void select(AttackEvent event) {
        table.select(event);
    }
}
