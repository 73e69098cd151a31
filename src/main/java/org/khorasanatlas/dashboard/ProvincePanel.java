package org.khorasanatlas.dashboard;

import java.util.Optional;
import java.util.function.Consumer;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.region.Provinces;
import org.khorasanatlas.rowtable.RowTable;
import org.khorasanatlas.rowtable.TableTexts;
import org.khorasanatlas.table.ProvinceRows;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The province view as a table ({@link ProvinceRows}). Choosing a row filters everything else by that province;
 * choosing it again shows every province, and choosing another changes the filter again.
 */
class ProvincePanel extends Section {

    private final RowTable table;
    private final ProvinceRows rows;
    private Optional<String> chosen = Optional.empty();

    ProvincePanel(ProvinceRows rows, Provinces provinces, Consumer<Optional<String>> onChoose) {
        this.rows = rows;
        this.table = new RowTable(
                ProvinceRows.columns(this::getTranslation),
                new TableTexts(
                        getTranslation("provinces.label"),
                        getTranslation("provinces.none"),
                        getTranslation("table.previous"),
                        getTranslation("table.next"),
                        getTranslation("table.failed"),
                        getTranslation("table.retry")));
        setId("province-panel");
        addClassName("province-panel");
        H2 heading = new H2(getTranslation("provinces.heading"));
        heading.setId("province-heading");
        getElement().setAttribute("aria-labelledby", "province-heading");
        Paragraph help = new Paragraph(getTranslation("provinces.help"));
        help.addClassName("help");
        table.setId("province-table");
        table.addClassName("province-table");
        table.addChooseListener(id -> provinces
                .byId(id)
                .ifPresent(province -> onChoose.accept(
                        chosen.equals(Optional.of(province.id())) ? Optional.empty() : Optional.of(province.id()))));
        add(heading, help, table);
    }

    /** Shows the provinces of the filter without its province, and marks its province, if it has one. */
    void show(EventFilter filter) {
        chosen = filter.provinces().stream().findFirst();
        table.show(rows.url(filter, getLocale()));
        table.select(chosen.orElse(null));
    }
}
