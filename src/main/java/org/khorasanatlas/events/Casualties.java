package org.khorasanatlas.events;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The human toll of one attack. Perpetrators are counted apart from their victims; injuries are absent
 * when no source gives a figure, which is not the same as none. Notes say which source gave which figure.
 */
public record Casualties(
        CasualtyRange killed,
        String killedNote,
        OptionalInt perpetratorsKilled,
        Optional<InjuryRange> injured,
        String injuredNote) {}
