package org.khorasanatlas.table;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.InjuryRange;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.PlaceNames;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.language.ResourceUrl;
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
 * The rows of the attack table, the map's text alternative: one per attack of a filter, worded in the reader's
 * language, served page by page (sorted by any column) to the table the browser draws.
 */
@Component
public class AttackRows {

    public static final String PATH = "/api/table/attacks";

    public static final String DATE = "date";
    public static final String NAME = "name";
    public static final String KILLED = "killed";
    public static final String INJURED = "injured";
    public static final String PROVINCE = "province";
    public static final String COUNTRY = "country";
    public static final String CLAIM = "claim";
    public static final String SOURCES = "sources";

    public static final int PAGE_SIZE = 50;

    private static final Comparator<AttackEvent> BY_DATE =
            Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id);

    private final AttackCatalog catalog;
    private final Provinces provinces;
    private final PlaceNames placeNames;
    private final InterfaceTexts texts;
    private final RowPages<AttackEvent> pages = new RowPages<>(PAGE_SIZE, AttackEvent::id);

    AttackRows(AttackCatalog catalog, Provinces provinces, PlaceNames placeNames, InterfaceTexts texts) {
        this.catalog = catalog;
        this.provinces = provinces;
        this.placeNames = placeNames;
        this.texts = texts;
    }

    /** Where a page in this locale fetches the filter's rows. */
    public String url(EventFilter filter, Locale locale) {
        return ResourceUrl.of(PATH, filter, locale, version());
    }

    public String version() {
        return catalog.version();
    }

    /** When, what and how many first: on a phone these are the columns in view without scrolling sideways. */
    public static List<TableColumn> columns(Translation text) {
        return List.of(
                TableColumn.text(DATE, text.of("card.date"), "8.5em"),
                TableColumn.rowHeader(NAME, text.of("table.column.attack"), "13em"),
                TableColumn.text(KILLED, text.of("table.column.killed"), "7em"),
                TableColumn.text(INJURED, text.of("card.injured"), "5.5em"),
                TableColumn.text(PROVINCE, text.of("provinces.column.province"), "7.5em"),
                TableColumn.text(COUNTRY, text.of("table.column.country"), "6.5em"),
                TableColumn.text(CLAIM, text.of("card.claim"), "6em"),
                TableColumn.number(SOURCES, text.of("card.sources")));
    }

    /** The keys a request may sort by. */
    public List<String> sortKeys() {
        return List.copyOf(orders(Locale.ENGLISH).keys());
    }

    /** The page a request asks for, of the filter's attacks. */
    public RowPage page(EventFilter filter, Locale locale, RowRequest request) {
        RowOrders<AttackEvent> orders = orders(locale);
        Translation text = texts.in(locale);
        ReaderFigures figures = ReaderFigures.of(locale);
        Function<String, String> country = placeNames.countries(locale);
        return pages.page(
                orders.sorted(catalog.find(filter), request.sort()),
                orders.applied(request.sort()),
                request,
                event -> List.of(
                        Cell.of(figures.date(event)),
                        NameCell.of(new PlaceName(event.name(), true), locale),
                        Cell.of(figures.killed(event.casualties().killed())),
                        Cell.of(injured(event, text, figures)),
                        NameCell.of(province(event, locale), locale),
                        Cell.of(country.apply(event.country())),
                        Cell.of(text.of(event.claim().status().labelKey() + ".short")),
                        Cell.of(figures.count(event.sources().size()))),
                RowRange.in(text, figures));
    }

    /** No source gives a figure for some attacks: "unknown", sorted below any figure, never read as zero. */
    private static String injured(AttackEvent event, Translation text, ReaderFigures figures) {
        return event.casualties()
                .injured()
                .map(injured -> figures.range(injured.low(), injured.high()))
                .orElseGet(() -> text.of("table.injured.unknown"));
    }

    private PlaceName province(AttackEvent event, Locale locale) {
        return catalog.provinceOf(event)
                .flatMap(provinces::byId)
                .map(province -> placeNames.province(province, locale))
                .orElseGet(() -> new PlaceName(event.admin1(), true));
    }

    private RowOrders<AttackEvent> orders(Locale locale) {
        Collator words = Collator.getInstance(locale);
        Function<String, String> country = placeNames.countries(locale);
        return new RowOrders<>(new SortOrder(DATE, false), BY_DATE)
                .with(DATE, BY_DATE)
                .with(NAME, Comparator.comparing(AttackEvent::name, words))
                .with(
                        KILLED,
                        Comparator.comparingInt(
                                event -> event.casualties().killed().best()))
                .with(
                        INJURED,
                        Comparator.comparing(
                                event -> event.casualties().injured().orElse(null),
                                Comparator.nullsFirst(Comparator.comparingInt(InjuryRange::low)
                                        .thenComparingInt(InjuryRange::high))))
                .with(
                        PROVINCE,
                        Comparator.comparing(event -> province(event, locale).text(), words))
                .with(COUNTRY, Comparator.comparing(event -> country.apply(event.country()), words))
                .with(CLAIM, Comparator.comparing(event -> event.claim().status()))
                .with(SOURCES, Comparator.comparingInt(event -> event.sources().size()));
    }
}
