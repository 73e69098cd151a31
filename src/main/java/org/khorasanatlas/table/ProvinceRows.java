package org.khorasanatlas.table;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.PlaceNames;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.language.ResourceUrl;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;
import org.khorasanatlas.rowtable.RowOrders;
import org.khorasanatlas.rowtable.RowPage;
import org.khorasanatlas.rowtable.RowPage.Cell;
import org.khorasanatlas.rowtable.RowPages;
import org.khorasanatlas.rowtable.RowRequest;
import org.khorasanatlas.rowtable.RowRequest.SortOrder;
import org.khorasanatlas.rowtable.TableColumn;
import org.springframework.stereotype.Component;

/**
 * The rows of the province view: attacks and deaths (low, best, high) per province for a filter without its
 * province, the hardest hit first, the same figures the map's province shading shows. A chosen province with no
 * attack in the other filters still gets its row, so it can be chosen again to undo it.
 */
@Component
public class ProvinceRows {

    public static final String PATH = "/api/table/provinces";

    private static final String PROVINCE = "province";
    private static final String ATTACKS = "attacks";
    private static final String KILLED_LOW = "killedLow";
    private static final String KILLED_BEST = "killedBest";
    private static final String KILLED_HIGH = "killedHigh";

    /** More than any filter's provinces: the view is one page. */
    private static final int PAGE_SIZE = 200;

    /** One province's figures. */
    record Row(Province province, CasualtySummary summary) {}

    private final AttackCatalog catalog;
    private final Provinces provinces;
    private final PlaceNames placeNames;
    private final InterfaceTexts texts;
    private final RowPages<Row> pages =
            new RowPages<>(PAGE_SIZE, row -> row.province().id());

    ProvinceRows(AttackCatalog catalog, Provinces provinces, PlaceNames placeNames, InterfaceTexts texts) {
        this.catalog = catalog;
        this.provinces = provinces;
        this.placeNames = placeNames;
        this.texts = texts;
    }

    public String url(EventFilter filter, Locale locale) {
        return ResourceUrl.of(PATH, filter, locale, version());
    }

    public String version() {
        return catalog.version();
    }

    /** "Killed" spans its three columns, so each needs only a short header and a phone shows all five. */
    public static List<TableColumn> columns(Translation text) {
        String killed = text.of("provinces.column.killed");
        return List.of(
                TableColumn.rowHeader(PROVINCE, text.of("provinces.column.province"), null),
                TableColumn.number(ATTACKS, text.of("provinces.column.attacks")),
                TableColumn.number(KILLED_LOW, text.of("provinces.column.killedLow"))
                        .inGroup(killed),
                TableColumn.number(KILLED_BEST, text.of("provinces.column.killedBest"))
                        .inGroup(killed),
                TableColumn.number(KILLED_HIGH, text.of("provinces.column.killedHigh"))
                        .inGroup(killed));
    }

    public List<String> sortKeys() {
        return List.copyOf(orders(Locale.ENGLISH).keys());
    }

    public RowPage page(EventFilter filter, Locale locale, RowRequest request) {
        RowOrders<Row> orders = orders(locale);
        Translation text = texts.in(locale);
        ReaderFigures figures = ReaderFigures.of(locale);
        return pages.page(
                orders.sorted(rows(filter), request.sort()),
                orders.applied(request.sort()),
                request,
                row -> List.of(
                        NameCell.of(placeNames.province(row.province(), locale), locale),
                        Cell.of(figures.count(row.summary().attacks())),
                        Cell.of(figures.count(row.summary().killed().low())),
                        Cell.of(figures.count(row.summary().killed().best())),
                        Cell.of(figures.count(row.summary().killed().high()))),
                RowRange.in(text, figures));
    }

    /** The hardest hit first: in the catalog's order of provinces by attacks. */
    private List<Row> rows(EventFilter filter) {
        Map<String, CasualtySummary> byProvince = catalog.summaryByProvince(filter.withProvinces(Set.of()));
        List<Row> rows = new ArrayList<>();
        byProvince.forEach((id, summary) -> provinces.byId(id).ifPresent(p -> rows.add(new Row(p, summary))));
        Optional<String> chosen = filter.provinces().stream().findFirst();
        chosen.filter(id -> !byProvince.containsKey(id))
                .flatMap(provinces::byId)
                .ifPresent(p -> rows.add(new Row(p, CasualtySummary.of(List.of()))));
        return rows;
    }

    private RowOrders<Row> orders(Locale locale) {
        Collator words = Collator.getInstance(locale);
        Comparator<Row> byAttacks = number(row -> row.summary().attacks());
        return new RowOrders<>(
                        new SortOrder(ATTACKS, true),
                        byAttacks.reversed().thenComparing(row -> row.province().id()))
                .with(
                        PROVINCE,
                        Comparator.comparing(
                                row -> placeNames
                                        .province(row.province(), locale)
                                        .text(),
                                words))
                .with(ATTACKS, byAttacks)
                .with(KILLED_LOW, number(row -> row.summary().killed().low()))
                .with(KILLED_BEST, number(row -> row.summary().killed().best()))
                .with(KILLED_HIGH, number(row -> row.summary().killed().high()));
    }

    private static Comparator<Row> number(ToIntFunction<Row> value) {
        return Comparator.comparingInt(value);
    }
}
