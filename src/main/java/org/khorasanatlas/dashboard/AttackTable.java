package org.khorasanatlas.dashboard;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.events.InjuryRange;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * The filtered attacks as a sortable table, one row each: the map's text alternative. Rows are fetched
 * page by page and sorted on the server. Choosing a row reports the attack; {@link #select} shows a
 * selection made elsewhere (on the map, or in the URL) and scrolls to its row.
 */
class AttackTable extends Composite<Grid<AttackEvent>> {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    static final String DATE = "date";
    static final String NAME = "name";
    static final String PROVINCE = "province";
    static final String COUNTRY = "country";
    static final String KILLED = "killed";
    static final String INJURED = "injured";
    static final String CLAIM = "claim";
    static final String SOURCES = "sources";

    static final int PAGE_SIZE = 20;

    private static final Comparator<AttackEvent> BY_DATE =
            Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id);

    private final AttackCatalog catalog;
    private final Map<String, Comparator<AttackEvent>> orders = new LinkedHashMap<>();
    private final Grid<AttackEvent> grid = new Grid<>();
    private final GridLazyDataView<AttackEvent> rows;
    private EventFilter filter = EventFilter.allYears();

    AttackTable(
            AttackCatalog catalog,
            Function<String, String> countryName,
            Function<AttackEvent, PlaceName> provinceName,
            Consumer<AttackEvent> onChoose) {
        this.catalog = catalog;
        Collator words = Collator.getInstance(getLocale());
        grid.setId("attack-table");
        grid.addClassName("attack-table");
        grid.setAriaLabel(getTranslation("table.label"));
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("table.empty"));
        // Every row the browser holds is keyed on the server for as long as the tab is open; a laptop shows about
        // eight rows, so pages of 20 (the default is 50) keep the tab small and still scroll without a wait.
        grid.setPageSize(PAGE_SIZE);

        // When, what and how many first: on a phone these are the columns in view without scrolling sideways.
        Grid.Column<AttackEvent> date = column(DATE, getTranslation("card.date"), figures::date, BY_DATE)
                .setWidth("9.5em");
        namedColumn(
                        NAME,
                        getTranslation("table.column.attack"),
                        event -> new PlaceName(event.name(), true),
                        Comparator.comparing(AttackEvent::name, words))
                .setWidth("12em")
                .setFlexGrow(1)
                .setRowHeader(true);
        column(
                        KILLED,
                        getTranslation("table.column.killed"),
                        event -> figures.killed(event.casualties().killed()),
                        Comparator.comparingInt(
                                event -> event.casualties().killed().best()))
                .setWidth("8.5em");
        // No source gives a figure for some attacks: "unknown", sorted below any figure, never read as zero.
        column(
                        INJURED,
                        getTranslation("card.injured"),
                        event -> event.casualties()
                                .injured()
                                .map(injured -> figures.range(injured.low(), injured.high()))
                                .orElseGet(() -> getTranslation("table.injured.unknown")),
                        Comparator.comparing(
                                event -> event.casualties().injured().orElse(null),
                                Comparator.nullsFirst(Comparator.comparingInt(InjuryRange::low)
                                        .thenComparingInt(InjuryRange::high))))
                .setWidth("6.5em");
        namedColumn(
                        PROVINCE,
                        getTranslation("provinces.column.province"),
                        provinceName,
                        Comparator.comparing(event -> provinceName.apply(event).text(), words))
                .setWidth("8em");
        column(
                        COUNTRY,
                        getTranslation("table.column.country"),
                        event -> countryName.apply(event.country()),
                        Comparator.comparing(event -> countryName.apply(event.country()), words))
                .setWidth("7.5em");
        column(
                        CLAIM,
                        getTranslation("card.claim"),
                        event -> getTranslation(event.claim().status().labelKey() + ".short"),
                        Comparator.comparing(event -> event.claim().status()))
                .setWidth("7em");
        column(
                        SOURCES,
                        getTranslation("card.sources"),
                        event -> figures.count(event.sources().size()),
                        Comparator.comparingInt(event -> event.sources().size()))
                .setWidth("6.5em");

        rows = grid.setItems(this::fetch, query -> catalog.find(filter).size());
        rows.setIdentifierProvider(AttackEvent::id);
        rows.setItemIndexProvider((event, query) -> {
            int index = sorted(query.getSortOrders()).indexOf(event);
            return index < 0 ? null : index;
        });
        grid.sort(GridSortOrder.asc(date).build());
        // Like a marker, a row chosen twice stays chosen: the selection changes only by choosing another.
        ((GridSingleSelectionModel<AttackEvent>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChoose.accept(change.getValue());
            }
        });
    }

    @Override
    protected Grid<AttackEvent> initContent() {
        return grid;
    }

    /** Shows the attacks of this filter; the rows are fetched again only when it changed. */
    void show(EventFilter newFilter) {
        if (!newFilter.equals(filter)) {
            filter = newFilter;
            rows.refreshAll();
        }
    }

    /**
     * Marks the attack's row and brings it into view, unless it was chosen here. No row is marked for none (null)
     * or for an attack the table does not list: one outside the filter, or an imported one.
     */
    void select(AttackEvent event) {
        boolean listed = event != null && catalog.matches(filter, event);
        if (!listed) {
            grid.deselectAll();
        } else if (!event.equals(grid.asSingleSelect().getValue())) {
            grid.select(event);
            grid.scrollToItem(event);
        }
    }

    private Grid.Column<AttackEvent> column(
            String key, String header, Function<AttackEvent, String> text, Comparator<AttackEvent> order) {
        orders.put(key, order);
        return grid.addColumn(text::apply)
                .setKey(key)
                .setHeader(header)
                .setSortProperty(key)
                .setResizable(true)
                .setFlexGrow(0);
    }

    /** A column of names that may be in English where the page is not: each marked with its language. */
    private Grid.Column<AttackEvent> namedColumn(
            String key, String header, Function<AttackEvent, PlaceName> name, Comparator<AttackEvent> order) {
        orders.put(key, order);
        return grid.addColumn(NameRenderer.of(name, getLocale()))
                .setKey(key)
                .setHeader(header)
                .setSortProperty(key)
                .setResizable(true)
                .setFlexGrow(0);
    }

    private Stream<AttackEvent> fetch(Query<AttackEvent, Void> query) {
        List<AttackEvent> sorted = sorted(query.getSortOrders());
        int from = Math.min(query.getOffset(), sorted.size());
        return sorted.subList(from, Math.min(sorted.size(), from + query.getLimit())).stream();
    }

    /**
     * The filter's attacks in the grid's sort order; ties fall back to date. In date order (the default) they come
     * as the catalog keeps them, with nothing sorted: over a million attacks, a sort per page would take seconds.
     */
    private List<AttackEvent> sorted(List<QuerySortOrder> sortOrders) {
        List<QuerySortOrder> known = sortOrders.stream()
                .filter(sort -> orders.containsKey(sort.getSorted()))
                .toList();
        FoundAttacks found = catalog.find(filter);
        if (known.isEmpty()
                || known.size() == 1
                        && known.getFirst().getSorted().equals(DATE)
                        && known.getFirst().getDirection() == SortDirection.ASCENDING) {
            return found;
        }
        Comparator<AttackEvent> order = known.stream()
                .map(sort -> sort.getDirection() == SortDirection.DESCENDING
                        ? orders.get(sort.getSorted()).reversed()
                        : orders.get(sort.getSorted()))
                .reduce(Comparator::thenComparing)
                .orElseThrow()
                .thenComparing(BY_DATE);
        return found.stream().sorted(order).toList();
    }
}
