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
    }

    public List<AttackEvent> find(EventFilter filter) {
        return events.stream().filter(filter::matches).toList();
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
