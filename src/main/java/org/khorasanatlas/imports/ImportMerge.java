package org.khorasanatlas.imports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.khorasanatlas.events.AttackEvent;

/**
 * Merges freshly converted attacks into the attacks already in the output file, by id (one UCDP event, one id).
 * Unchanged attacks stay as they are, new ones are added, and attacks of the file that this import does not hold
 * (from another file or release) are kept. An attack that differs from the file's version is a conflict: someone
 * may have corrected it by hand, so the file's version wins unless {@code replaceChanged} says otherwise.
 */
final class ImportMerge {

    private ImportMerge() {}

    /** An imported attack that differs from the output file's version, and in which fields. */
    record Conflict(int line, String id, List<String> fields) {}

    /**
     * @param events      every attack to write, sorted by date and id as the data files are
     * @param keptFromFile attacks of the file that this import does not hold
     */
    record Result(
            List<AttackEvent> events,
            int added,
            int unchanged,
            List<Conflict> conflicts,
            int keptFromFile,
            boolean replaced) {}

    static Result merge(List<AttackEvent> inFile, List<RowOutcome.Kept> imported, boolean replaceChanged) {
        Map<String, AttackEvent> merged = new LinkedHashMap<>();
        inFile.forEach(event -> merged.put(event.id(), event));
        int added = 0;
        int unchanged = 0;
        List<Conflict> conflicts = new ArrayList<>();
        for (RowOutcome.Kept kept : imported) {
            AttackEvent fresh = kept.event();
            AttackEvent old = merged.get(fresh.id());
            if (old == null) {
                merged.put(fresh.id(), fresh);
                added++;
            } else if (old.equals(fresh)) {
                unchanged++;
            } else {
                conflicts.add(new Conflict(kept.line(), fresh.id(), differingFields(old, fresh)));
                if (replaceChanged) {
                    merged.put(fresh.id(), fresh);
                }
            }
        }
        int keptFromFile = merged.size() - added - unchanged - conflicts.size();
        List<AttackEvent> events = merged.values().stream()
                .sorted(Comparator.comparing(AttackEvent::date).thenComparing(AttackEvent::id))
                .toList();
        return new Result(events, added, unchanged, conflicts, keptFromFile, replaceChanged);
    }

    private static List<String> differingFields(AttackEvent old, AttackEvent fresh) {
        return Arrays.stream(AttackEvent.class.getRecordComponents())
                .filter(component -> !Objects.equals(value(component, old), value(component, fresh)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object value(RecordComponent component, AttackEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor is public", e);
        }
    }
}
