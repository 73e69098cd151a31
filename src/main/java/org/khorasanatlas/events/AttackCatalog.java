package org.khorasanatlas.events;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.region.Province;
import org.khorasanatlas.region.Provinces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * All attacks, read and checked once at start-up and shared read-only by every session. Views ask it for
 * the attacks of a filter; none keeps a copy of its own.
 */
@Component
public class AttackCatalog {

    static final String PATH = "attacks.geojson";
    private static final Comparator<AttackEvent> ORDER =
            Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id);

    private final List<AttackEvent> events;
    /**
     * The attacks' figures, codes and coordinates, row by row as {@link #events}, with the province each lies in
     * (found once when read, so a filter or a count by province costs no geometry).
     */
    private final AttackColumns columns;
    /** Where each year starts in {@link #events} (sorted by date): year {@code firstYear + i} is at index i. */
    private final int[] yearStarts;

    private final Map<String, AttackEvent> byId;
    private final List<YearTotal> yearTotals;
    /** Each year's totals, as {@link #yearTotals}: a filter by years alone adds these up instead of scanning. */
    private final List<CasualtySummary> yearSummaries;

    private final String version;

    @Autowired
    public AttackCatalog(GeoDataFiles files, AttackEventReader reader, Provinces provinces) {
        this(files.get(PATH), reader, provinces);
    }

    private AttackCatalog(DataFile file, AttackEventReader reader, Provinces provinces) {
        this(reader.read(file), file.sha256().substring(0, 16), provinces::containing);
    }

    /** For tests: attacks that lie in no province. */
    AttackCatalog(List<AttackEvent> events) {
        this(events, "test", (latitude, longitude) -> Optional.empty());
    }

    /** For tests: attacks placed in provinces by {@code provinces}. */
    AttackCatalog(List<AttackEvent> events, ProvinceLookup provinces) {
        this(events, "test", provinces);
    }

    /** Another attacks file in the same format, with the same checks: for example an import shown as a layer. */
    public static AttackCatalog of(DataFile file, AttackEventReader reader, Provinces provinces) {
        return new AttackCatalog(file, reader, provinces);
    }

    private AttackCatalog(List<AttackEvent> events, String version, ProvinceLookup provinces) {
        this.version = version;
        this.events = events.stream().sorted(ORDER).toList();
        // Over a million attacks a point-in-polygon test each takes seconds on one core: use them all.
        String[] provinceIds = this.events.parallelStream()
                .map(event -> provinces
                        .containing(
                                event.location().latitude(), event.location().longitude())
                        .map(Province::id)
                        .orElse(null))
                .toArray(String[]::new);
        this.columns = new AttackColumns(this.events, provinceIds);
        this.byId = this.events.stream().collect(Collectors.toUnmodifiableMap(AttackEvent::id, Function.identity()));
        int firstYear = this.events.isEmpty() ? 0 : this.events.getFirst().year();
        int years = this.events.isEmpty() ? 0 : this.events.getLast().year() - firstYear + 1;
        this.yearStarts = yearStarts(this.events, firstYear, years);
        this.yearSummaries = IntStream.range(0, years)
                .mapToObj(i -> CasualtySummary.of(this.events.subList(yearStarts[i], yearStarts[i + 1])))
                .toList();
        this.yearTotals = IntStream.range(0, years)
                .mapToObj(i -> new YearTotal(
                        firstYear + i,
                        yearSummaries.get(i).attacks(),
                        yearSummaries.get(i).killed()))
                .toList();
    }

    /** A year's attacks are contiguous in the date order; one pass records where each year's run begins. */
    private static int[] yearStarts(List<AttackEvent> sorted, int firstYear, int years) {
        int[] starts = new int[years + 1];
        int index = 0;
        for (int i = 0; i < years; i++) {
            starts[i] = index;
            while (index < sorted.size() && sorted.get(index).year() == firstYear + i) {
                index++;
            }
        }
        starts[years] = sorted.size();
        return starts;
    }

    /**
     * The attacks the filter matches, in date order. Only the filter's years are looked at, in the catalog's
     * columns; a filter by years alone costs no scan at all.
     */
    public FoundAttacks find(EventFilter filter) {
        int[] span = rowSpan(filter.years());
        if (!filter.narrowsBeyondYears()) {
            return new FoundAttacks(this, span[0], span[1] - span[0], null);
        }
        int[] rows = columns.matching(filter, span[0], span[1]);
        return new FoundAttacks(this, 0, rows.length, rows);
    }

    /**
     * The totals of the attacks the filter matches, per province they lie in (by id), largest number of attacks
     * first (then by id). Attacks outside every province known are not counted.
     */
    public Map<String, CasualtySummary> summaryByProvince(EventFilter filter) {
        return summaryByProvince(find(filter));
    }

    /** The same for attacks already found in this catalog, which saves a second pass of the filter. */
    public Map<String, CasualtySummary> summaryByProvince(FoundAttacks found) {
        CasualtyTally[] tallies = new CasualtyTally[columns.provinceCount()];
        for (int i = 0; i < found.size(); i++) {
            int row = found.row(i);
            int province = columns.provinceIndex(row);
            if (province >= 0) {
                if (tallies[province] == null) {
                    tallies[province] = new CasualtyTally();
                }
                columns.addTo(tallies[province], row);
            }
        }
        Map<String, CasualtySummary> sorted = new LinkedHashMap<>();
        IntStream.range(0, tallies.length)
                .filter(province -> tallies[province] != null)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(province -> -tallies[province].attacks())
                        .thenComparing(columns::provinceIdAt))
                .forEach(province -> sorted.put(columns.provinceIdAt(province), tallies[province].summary()));
        return Collections.unmodifiableMap(sorted);
    }

    /** Whether the filter matches this attack of the catalog (an attack from elsewhere matches nothing). */
    public boolean matches(EventFilter filter, AttackEvent event) {
        int row = rowOf(event);
        return row >= 0 && filter.matches(event, columns.provinceId(row));
    }

    /** The id of the province the attack lies in, if it is one of the catalog's and lies in a province known. */
    public Optional<String> provinceOf(AttackEvent event) {
        int row = rowOf(event);
        return row >= 0 ? Optional.ofNullable(columns.provinceId(row)) : Optional.empty();
    }

    /** The attack's row, or -1 when it is not one of the catalog's. */
    private int rowOf(AttackEvent event) {
        int row = Collections.binarySearch(events, event, ORDER);
        return row >= 0 && events.get(row).equals(event) ? row : -1;
    }

    /** The row of the attack with this id, or -1. */
    int rowOf(String id) {
        AttackEvent event = byId.get(id);
        return event == null ? -1 : rowOf(event);
    }

    AttackEvent event(int row) {
        return events.get(row);
    }

    AttackColumns columns() {
        return columns;
    }

    /**
     * The totals of the attacks the filter matches. By years alone they are added up from totals kept per year,
     * otherwise from the catalog's columns ({@link FoundAttacks#summary}).
     */
    public CasualtySummary summary(EventFilter filter) {
        return find(filter).summary();
    }

    /** The totals of the rows from (included) to (excluded), which begin and end where years do. */
    CasualtySummary spanSummary(int from, int to) {
        CasualtySummary total = CasualtySummary.of(List.of());
        for (int i = 0; i < yearSummaries.size(); i++) {
            if (yearStarts[i] >= from && yearStarts[i + 1] <= to) {
                total = total.plus(yearSummaries.get(i));
            }
        }
        return total;
    }

    /** The rows of the range's years: from (included) and to (excluded). */
    private int[] rowSpan(YearRange years) {
        int[] span = yearIndexes(years);
        return span[0] >= span[1] ? new int[] {0, 0} : new int[] {yearStarts[span[0]], yearStarts[span[1]]};
    }

    /** The range's years as indexes into {@link #yearTotals}: from (included) and to (excluded). */
    private int[] yearIndexes(YearRange years) {
        if (yearTotals.isEmpty()) {
            return new int[] {0, 0};
        }
        int first = yearTotals.getFirst().year();
        return new int[] {
            Math.clamp((long) years.from() - first, 0, yearTotals.size()),
            Math.clamp((long) years.to() - first + 1, 0, yearTotals.size())
        };
    }

    public Optional<AttackEvent> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Changes whenever the data file does: a validator for HTTP caches (ETag). */
    public String version() {
        return version;
    }

    public int size() {
        return events.size();
    }

    /** Every year from the first attack to the last, including years without any. */
    public List<YearTotal> yearTotals() {
        return yearTotals;
    }

    /** The province a point lies in, or empty ({@link Provinces#containing}, or a stand-in in tests). */
    @FunctionalInterface
    public interface ProvinceLookup {
        Optional<Province> containing(double latitude, double longitude);
    }

    public boolean coversYear(int year) {
        return !yearTotals.isEmpty()
                && year >= yearTotals.getFirst().year()
                && year <= yearTotals.getLast().year();
    }
}
