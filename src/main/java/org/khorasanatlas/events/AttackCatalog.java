package org.khorasanatlas.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * All attacks, read and checked once at start-up and shared read-only by every session. Views ask it for
 * the attacks of a filter; none keeps a copy of its own.
 */
@Component
public class AttackCatalog {

    static final String PATH = "attacks.geojson";

    private final List<AttackEvent> events;
    /** Where each year starts in {@link #events} (sorted by date): year {@code firstYear + i} is at index i. */
    private final int[] yearStarts;
    private final Map<String, AttackEvent> byId;
    private final List<YearTotal> yearTotals;
    private final String version;

    @Autowired
    public AttackCatalog(GeoDataFiles files, AttackEventReader reader) {
        this(files.get(PATH), reader);
    }

    private AttackCatalog(DataFile file, AttackEventReader reader) {
        this(reader.read(file), file.sha256().substring(0, 16));
    }

    AttackCatalog(List<AttackEvent> events) {
        this(events, "test");
    }

    /** Another attacks file in the same format, with the same checks: for example an import shown as a layer. */
    public static AttackCatalog of(DataFile file, AttackEventReader reader) {
        return new AttackCatalog(reader.read(file), file.sha256().substring(0, 16));
    }

    private AttackCatalog(List<AttackEvent> events, String version) {
        this.version = version;
        this.events = events.stream().sorted(Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id))
                .toList();
        this.byId = this.events.stream().collect(Collectors.toUnmodifiableMap(AttackEvent::id, Function.identity()));
        this.yearTotals = this.events.isEmpty() ? List.of()
                : YearTotal.perYear(this.events, this.events.getFirst().year(), this.events.getLast().year());
        this.yearStarts = yearStarts(this.events, yearTotals);
    }

    /** A year's attacks are contiguous in the date order; one pass records where each year's run begins. */
    private static int[] yearStarts(List<AttackEvent> sorted, List<YearTotal> years) {
        int[] starts = new int[years.size() + 1];
        int index = 0;
        for (int i = 0; i < years.size(); i++) {
            starts[i] = index;
            while (index < sorted.size() && sorted.get(index).year() == years.get(i).year()) {
                index++;
            }
        }
        starts[years.size()] = sorted.size();
        return starts;
    }

    /**
     * The attacks the filter matches, in date order. Only the filter's years are looked at; a filter by years
     * alone costs no scan at all: the answer is a read-only view of the catalog's own list.
     */
    public List<AttackEvent> find(EventFilter filter) {
        List<AttackEvent> inYears = inYears(filter.years());
        return filter.narrowsBeyondYears() ? inYears.stream().filter(filter::matches).toList() : inYears;
    }

    private List<AttackEvent> inYears(YearRange years) {
        if (yearTotals.isEmpty() || years.isAll()) {
            return events;
        }
        int first = yearTotals.getFirst().year();
        int from = Math.clamp((long) years.from() - first, 0, yearTotals.size());
        int to = Math.clamp((long) years.to() - first + 1, 0, yearTotals.size());
        return from >= to ? List.of() : events.subList(yearStarts[from], yearStarts[to]);
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

    public boolean coversYear(int year) {
        return !yearTotals.isEmpty() && year >= yearTotals.getFirst().year() && year <= yearTotals.getLast().year();
    }
}
