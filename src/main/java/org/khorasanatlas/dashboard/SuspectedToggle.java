package org.khorasanatlas.dashboard;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.lean.LeanCheckbox;

/**
 * Whether attacks nobody claimed, which only officials or reporters tie to ISKP, are counted: the first question a
 * careful reader asks of the totals, so it sits beside them rather than among the other filters. It is the claim
 * filter seen from one side: unticking keeps every other claim status, ticking adds "suspected" back.
 */
class SuspectedToggle extends LeanCheckbox {

    private EventFilter shown = EventFilter.allYears();

    SuspectedToggle(Consumer<EventFilter> onChange) {
        setId("include-suspected");
        setLabel(getTranslation("filter.suspected"));
        setHelperText(getTranslation("filter.suspected.help"));
        addChangeListener(include -> onChange.accept(shown.withClaims(claims(shown.claims(), include))));
    }

    void show(EventFilter filter) {
        shown = filter;
        setChecked(filter.claims().isEmpty() || filter.claims().contains(ClaimStatus.SUSPECTED));
    }

    /** No status chosen means every status, so ticking the last one back gives "any" again. */
    static Set<ClaimStatus> claims(Set<ClaimStatus> current, boolean includeSuspected) {
        EnumSet<ClaimStatus> chosen = current.isEmpty() ? EnumSet.allOf(ClaimStatus.class) : EnumSet.copyOf(current);
        if (includeSuspected) {
            chosen.add(ClaimStatus.SUSPECTED);
        } else {
            chosen.remove(ClaimStatus.SUSPECTED);
        }
        return chosen.size() == ClaimStatus.values().length ? Set.of() : chosen;
    }
}
