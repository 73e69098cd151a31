package org.khorasanatlas.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.khorasanatlas.events.EventFilter;

import com.vaadin.flow.component.details.Details;

/**
 * Everything but the years that narrows the attacks: country, claim status, target and minimum deaths, in a
 * section that folds away. Each change is handed on as a new filter; the controls show whatever filter the
 * view applies, so a link or the back button sets them too.
 * <p>
 * The section starts folded unless a link brings filters, and its {@link FilterFields} are built the first time
 * it unfolds: most readers never open it, and the four fields were a sixth of every open tab's server-side state.
 */
class FilterControls extends Details {

    private final Supplier<FilterFields> newFields;
    private FilterFields fields;
    private EventFilter shown = EventFilter.allYears();

    /**
     * @param countriesInData the ISO 3166-1 alpha-3 codes of the countries with attacks
     * @param onChange        receives the filter the user asked for
     */
    FilterControls(List<String> countriesInData, Function<String, String> countryName, Consumer<EventFilter> onChange) {
        List<String> byName = countriesInData.stream()
                .sorted(Comparator.comparing(countryName))
                .toList();
        this.newFields = () -> new FilterFields(byName, countryName, onChange);
        setId("filters");
        addClassName("filters");
        setSummaryText(getTranslation("filters.summary"));
        addOpenedChangeListener(change -> {
            if (change.isOpened() && fields == null) {
                fields = newFields.get();
                fields.show(shown);
                add(fields);
            }
        });
    }

    void show(EventFilter filter) {
        int activeBefore = activeFilters(shown);
        shown = filter;
        if (fields != null) {
            fields.show(filter);
        }
        int active = activeFilters(filter);
        setSummaryText(
                active == 0 ? getTranslation("filters.summary") : getTranslation("filters.summary.active", active));
        // Filters that arrive from a link or the history are opened, so the reader sees what narrows the view.
        if (activeBefore == 0 && active > 0) {
            setOpened(true);
        }
    }

    private static int activeFilters(EventFilter filter) {
        return (int) Stream.of(
                        !filter.countries().isEmpty(),
                        !filter.claims().isEmpty(),
                        !filter.targets().isEmpty(),
                        filter.minKilled() > 0)
                .filter(on -> on)
                .count();
    }
}
