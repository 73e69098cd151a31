package org.khorasanatlas.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The province view as a table: attacks and deaths (low, best, high) per province for the filter without its
 * province, the hardest hit first. Choosing a row filters everything else by that province; choosing it again (or
 * another) changes the filter again. It lists the same figures the map's province shading shows.
 */
class ProvincePanel extends Section {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final Provinces provinces;
    private final Grid<Row> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Consumer<Optional<String>> onChoose;
    /** Set while the table itself changes its selection, so that change is not taken for the reader's. */
    private boolean showing;

    /** One province's figures. */
    record Row(Province province, CasualtySummary summary) {}

    ProvincePanel(Provinces provinces, Function<Province, PlaceName> names, Consumer<Optional<String>> onChoose) {
        this.provinces = provinces;
        this.onChoose = onChoose;
        setId("province-panel");
        addClassName("province-panel");
        H2 heading = new H2(getTranslation("provinces.heading"));
        heading.setId("province-heading");
        getElement().setAttribute("aria-labelledby", "province-heading");
        Paragraph help = new Paragraph(getTranslation("provinces.help"));
        help.addClassName("help");
        empty.setId("province-empty");
        empty.setText(getTranslation("provinces.none"));
        grid.setId("province-table");
        grid.addClassName("province-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("provinces.label"));
        grid.addColumn(NameRenderer.<Row>of(row -> names.apply(row.province()), getLocale()))
                .setKey("province")
                .setHeader(getTranslation("provinces.column.province"))
                .setFlexGrow(1)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(row -> names.apply(row.province()).text()));
        number("attacks", "provinces.column.attacks", row -> row.summary().attacks());
        // "Killed" spans its three columns, so each needs only a short header and a phone shows all five.
        grid.prependHeaderRow()
                .join(
                        number(
                                "killedLow",
                                "provinces.column.killedLow",
                                row -> row.summary().killed().low()),
                        number(
                                "killedBest",
                                "provinces.column.killedBest",
                                row -> row.summary().killed().best()),
                        number(
                                "killedHigh",
                                "provinces.column.killedHigh",
                                row -> row.summary().killed().high()))
                .setText(getTranslation("provinces.column.killed"));
        // The grid sizes the number columns when its rows first arrive, often before the font of the sort arrows has
        // loaded; measured without it, each header came out a few pixels short and was cut. Measure again once
        // fonts have loaded.
        grid.addAttachListener(attach -> grid.getElement().executeJs("""
                const again = () => this.recalculateColumnWidths();
                document.fonts.addEventListener('loadingdone', again);
                document.fonts.ready.then(again);"""));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (!showing) {
                onChoose.accept(Optional.ofNullable(change.getValue())
                        .map(row -> row.province().id()));
            }
        });
        add(heading, help, empty, grid);
    }

    /** As wide as its header and figures need (a fixed width cut "Attacks" to "A…" on a phone), no wider. */
    private Grid.Column<Row> number(String key, String header, ToIntFunction<Row> value) {
        return grid.addColumn(row -> figures.count(value.applyAsInt(row)))
                .setKey(key)
                .setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Comparator.comparingInt(value));
    }

    /**
     * Shows these figures (by province id, in the order given) and marks the chosen province, if any. A chosen
     * province with no attack in the other filters still gets its row, so it can be chosen again to undo it.
     */
    void show(Map<String, CasualtySummary> byProvince, Optional<String> chosen) {
        List<Row> rows = new ArrayList<>();
        byProvince.forEach((id, summary) -> provinces.byId(id).ifPresent(p -> rows.add(new Row(p, summary))));
        chosen.filter(id -> !byProvince.containsKey(id))
                .flatMap(provinces::byId)
                .ifPresent(p -> rows.add(new Row(p, CasualtySummary.of(List.of()))));
        showing = true;
        try {
            grid.setItems(rows);
            rows.stream()
                    .filter(row -> chosen.filter(row.province().id()::equals).isPresent())
                    .findFirst()
                    .ifPresentOrElse(grid::select, grid::deselectAll);
        } finally {
            showing = false;
        }
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }
}
