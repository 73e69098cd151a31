package org.khorasanatlas.dashboard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.select.NativeSelect;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;

/**
 * The fields of {@link FilterControls}: country, claim status, target and minimum deaths. Each change is handed on
 * as a new filter; {@link #show} sets the fields to whatever filter the view applies.
 */
class FilterFields extends Div {

    /** Thresholds offered for the minimum deaths; a different number from a link is added while shown. */
    private static final List<Integer> THRESHOLDS = List.of(0, 1, 10, 25, 50, 100);

    private final MultiSelectComboBox<String> country =
            new MultiSelectComboBox<>(getTranslation("table.column.country"));
    private final CheckboxGroup<ClaimStatus> claim = new CheckboxGroup<>(getTranslation("claim.heading"));
    private final MultiSelectComboBox<TargetType> target = new MultiSelectComboBox<>(getTranslation("card.target"));
    private final NativeSelect<Integer> minKilled = new NativeSelect<>(
            getTranslation("filters.min-killed"),
            String::valueOf,
            deaths -> deaths == 0
                    ? getTranslation("filters.min-killed.any")
                    : getTranslation("filters.min-killed.at-least", deaths));
    private final List<String> countriesInData;
    private final Consumer<EventFilter> onChange;
    private List<String> countryItems;
    private EventFilter shown = EventFilter.allYears();
    /** True while {@link #show} sets the fields, whose change events are then the view's own echo. */
    private boolean showing;

    /**
     * @param countriesInData the ISO 3166-1 alpha-3 codes of the countries with attacks, in the order to offer them
     * @param onChange        receives the filter the user asked for
     */
    FilterFields(List<String> countriesInData, Function<String, String> countryName, Consumer<EventFilter> onChange) {
        this.countriesInData = countriesInData;
        this.onChange = onChange;
        addClassName("filter-fields");

        country.setId("country-filter");
        country.setItemLabelGenerator(countryName::apply);
        countryItems = countriesInData;
        country.setItems(countryItems);
        country.setPlaceholder(getTranslation("filters.country.any"));
        country.setClearButtonVisible(true);
        onUserChange(country, codes -> filter -> filter.withCountries(codes));

        claim.setId("claim-filter");
        claim.setItems(ClaimStatus.values());
        claim.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
        claim.setHelperText(getTranslation("filters.claim.help"));
        onUserChange(claim, statuses -> filter -> filter.withClaims(statuses));

        target.setId("target-filter");
        target.setItems(TargetType.values());
        target.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        target.setPlaceholder(getTranslation("filters.target.any"));
        target.setClearButtonVisible(true);
        onUserChange(target, types -> filter -> filter.withTargets(types));

        minKilled.setId("min-killed-filter");
        minKilled.setItems(THRESHOLDS);
        minKilled.addChooseListener(deaths -> ask(filter -> filter.withMinKilled(deaths)));

        add(country, claim, target, minKilled);
    }

    void show(EventFilter filter) {
        shown = filter;
        showing = true;
        try {
            showValues(filter);
        } finally {
            showing = false;
        }
    }

    private void showValues(EventFilter filter) {
        List<String> countries = withExtra(countriesInData, filter.countries());
        if (!countries.equals(countryItems)) {
            countryItems = countries;
            country.setItems(countryItems);
        }
        country.setValue(filter.countries());
        claim.setValue(filter.claims());
        target.setValue(filter.targets());
        minKilled.setItems(withExtra(THRESHOLDS, Set.of(filter.minKilled())).stream()
                .sorted()
                .toList());
        minKilled.setValue(filter.minKilled());
    }

    /** Hands on a change that asks for a different filter; the values {@link #show} sets are not changes. */
    private <V> void onUserChange(HasValue<?, V> field, Function<V, UnaryOperator<EventFilter>> change) {
        field.addValueChangeListener(event -> {
            if (!showing) {
                ask(change.apply(event.getValue()));
            }
        });
    }

    private void ask(UnaryOperator<EventFilter> change) {
        EventFilter wanted = change.apply(shown);
        if (!wanted.equals(shown)) {
            onChange.accept(wanted);
        }
    }

    /** The offered items plus any chosen one they lack (a valid value from a link), in their order. */
    private static <T> List<T> withExtra(List<T> offered, Set<T> chosen) {
        Set<T> all = new LinkedHashSet<>(offered);
        all.addAll(chosen);
        return List.copyOf(all);
    }
}
