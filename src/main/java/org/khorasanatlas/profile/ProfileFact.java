package org.khorasanatlas.profile;

import java.util.List;
import java.util.Optional;

import org.khorasanatlas.sources.Source;

/** One statement about the group, with when it holds and who says so. */
public record ProfileFact(
        String heading, String when, String text, Optional<FigureRange> figure, List<Source> sources) {

    public ProfileFact {
        sources = List.copyOf(sources);
    }
}
