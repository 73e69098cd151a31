package org.khorasanatlas.imports;

import org.khorasanatlas.events.AttackEvent;

/** What became of one readable GED row: an attack in the geodata format, or a reason to leave it out. */
sealed interface RowOutcome {

    int line();

    record Kept(int line, AttackEvent event) implements RowOutcome {}

    record Skipped(int line, SkipReason reason) implements RowOutcome {}
}
