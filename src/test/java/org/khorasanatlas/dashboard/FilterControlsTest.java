package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.lean.ReaderPress;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.select.NativeSelect;
import org.khorasanatlas.select.ReaderChoice;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;

/** Each filter control changes the URL, and the URL sets each control: the view follows only the URL. */
class FilterControlsTest extends DashboardTestBase {

    @Autowired
    private CountryOutlines countries;

    @Test
    void choosingACountryNarrowsTheAttacksAndGoesIntoTheUrl() {
        navigate(DashboardView.class);
        openFilters();

        test(countryFilter()).selectItem("Pakistan");

        assertUrl("country", "PAK");
        assertFiltered(attacks(EventFilter.allYears().withCountries(Set.of("PAK"))));
    }

    @Test
    void theCountryListHoldsTheCountriesWithAttacksByName() {
        navigate(DashboardView.class);
        openFilters();

        assertThat(test(countryFilter()).getSuggestions())
                .containsExactly("Afghanistan", "Iran", "Pakistan", "Russia", "Tajikistan", "Turkey");
    }

    @Test
    void tickingAClaimStatusNarrowsTheAttacksAndGoesIntoTheUrl() {
        navigate(DashboardView.class);
        openFilters();

        test(claimFilter()).selectItem(ClaimStatus.DISPUTED.label());

        assertUrl("claim", "disputed");
        assertFiltered(attacks(EventFilter.allYears().withClaims(Set.of(ClaimStatus.DISPUTED))));
    }

    @Test
    void choosingTargetsNarrowsTheAttacksAndGoesIntoTheUrl() {
        navigate(DashboardView.class);
        openFilters();

        test(targetFilter()).selectItem(TargetType.RELIGIOUS.label(), TargetType.MEDIA.label());

        assertUrl("target", "religious,media");
        assertFiltered(attacks(EventFilter.allYears().withTargets(Set.of(TargetType.RELIGIOUS, TargetType.MEDIA))));
    }

    @Test
    void choosingAMinimumOfDeathsNarrowsTheAttacksAndGoesIntoTheUrl() {
        navigate(DashboardView.class);
        openFilters();

        ReaderChoice.choose(minKilledFilter(), "50 or more");

        assertUrl("minKilled", "50");
        assertFiltered(attacks(EventFilter.allYears().withMinKilled(50)));
    }

    @Test
    void aFilterChangeKeepsTheYearsAndTheOtherFilters() {
        open("from", "2016", "to", "2018", "claim", "claimed");

        test(countryFilter()).selectItem("Afghanistan");

        assertUrl("from", "2016", "to", "2018", "country", "AFG", "claim", "claimed");
        assertFiltered(attacks(EventFilter.allYears()
                .withYears(new YearRange(2016, 2018))
                .withCountries(Set.of("AFG"))
                .withClaims(Set.of(ClaimStatus.CLAIMED))));
    }

    @Test
    void aLinkWithFiltersSetsEveryControlAndOpensTheFilters() {
        open("country", "PAK,AFG", "claim", "claimed", "target", "religious", "minKilled", "20");

        assertThat(countryFilter().getValue()).containsExactlyInAnyOrder("PAK", "AFG");
        assertThat(claimFilter().getValue()).containsExactly(ClaimStatus.CLAIMED);
        assertThat(targetFilter().getValue()).containsExactly(TargetType.RELIGIOUS);
        assertThat(minKilledFilter().getValue()).isEqualTo(20);
        assertThat(ReaderChoice.labels(minKilledFilter())).contains("20 or more");
        assertThat(filters().isOpened()).isTrue();
        assertThat(filters().getSummaryText()).isEqualTo("Filters · 4 active");
        assertFiltered(attacks(EventFilter.allYears()
                .withCountries(Set.of("PAK", "AFG"))
                .withClaims(Set.of(ClaimStatus.CLAIMED))
                .withTargets(Set.of(TargetType.RELIGIOUS))
                .withMinKilled(20)));
    }

    @Test
    void theFiltersStayFoldedWithoutFilters() {
        open("year", "2020");

        assertThat(filters().isOpened()).isFalse();
        assertThat(filters().getSummaryText()).isEqualTo("Filters");
    }

    @Test
    void theFieldsAreBuiltWhenTheFiltersFirstUnfold() {
        open("year", "2020");
        assertThat(find(MultiSelectComboBox.class).withId("country-filter").exists())
                .isFalse();

        openFilters();

        assertThat(countryFilter().getValue()).isEmpty();
        assertThat(minKilledFilter().getValue()).isZero();
        ReaderChoice.choose(minKilledFilter(), "25 or more");
        assertUrl("year", "2020", "minKilled", "25");
    }

    @Test
    void fieldsBuiltOnceStayAndFollowTheUrlWhileFolded() {
        navigate(DashboardView.class);
        openFilters();
        MultiSelectComboBox<String> country = countryFilter();
        test(filters()).closeDetails();

        open("country", "PAK");

        assertThat(countryFilter()).isSameAs(country);
        assertThat(country.getValue()).containsExactly("PAK");
    }

    @Test
    void aKnownCountryWithoutAttacksIsShownAndMatchesNothing() {
        assertThat(countries.isKnown("IND")).as("the base map knows India").isTrue();
        open("country", "IND");

        assertThat(countryFilter().getValue()).containsExactly("IND");
        assertThat(test(countryFilter()).getSuggestions()).contains("India");
        assertThat(shownCount()).isEqualTo("Showing 0 of " + catalog.size() + " attacks");
        assertThat(mapPayloadIds()).isEmpty();
    }

    @Test
    void clearFiltersShowsEverythingAgain() {
        navigate(DashboardView.class);
        assertThat(clearButton().isEnabled()).isFalse();
        open("year", "2017", "country", "PAK", "minKilled", "10");
        assertThat(clearButton().isEnabled()).isTrue();

        ReaderPress.click(clearButton());

        assertUrl();
        assertFiltered(catalog.find(EventFilter.allYears()));
        assertThat(countryFilter().getValue()).isEmpty();
        assertThat(minKilledFilter().getValue()).isZero();
        assertThat(yearSelect().getValue()).isEqualTo(YearRange.all());
    }

    @Test
    void unusableParametersAreIgnoredWithANoticeNamingEach() {
        open("country", "XXX", "claim", "bogus", "target", "tanks", "minKilled", "-5", "from", "2030");

        assertFiltered(catalog.find(EventFilter.allYears()));
        assertThat(notice().isVisible()).isTrue();
        assertThat(notice().getText())
                .contains("country=“XXX”", "claim=“bogus”", "target=“tanks”", "minKilled=“-5”", "from=“2030”");
        assertThat(filters().isOpened()).as("nothing usable to show").isFalse();
        openFilters();
        assertThat(countryFilter().getValue()).isEmpty();
        assertThat(claimFilter().getValue()).isEmpty();
    }

    @Test
    void oneUnusableValueLeavesTheUsableOnesInForce() {
        open("country", "PAK,XXX", "minKilled", "lots");

        assertFiltered(attacks(EventFilter.allYears().withCountries(Set.of("PAK"))));
        assertThat(notice().getText())
                .contains("country=“XXX”")
                .contains("minKilled=“lots”")
                .doesNotContain("PAK");
    }

    private Details filters() {
        return find(Details.class).id("filters");
    }

    /** Unfolds the filters, as a reader does before using them; their fields are built then. */
    private void openFilters() {
        test(filters()).openDetails();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> countryFilter() {
        return find(MultiSelectComboBox.class).id("country-filter");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ClaimStatus> claimFilter() {
        return find(CheckboxGroup.class).id("claim-filter");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<TargetType> targetFilter() {
        return find(MultiSelectComboBox.class).id("target-filter");
    }

    @SuppressWarnings("unchecked")
    private NativeSelect<Integer> minKilledFilter() {
        return find(NativeSelect.class).id("min-killed-filter");
    }

    private LeanButton clearButton() {
        return find(LeanButton.class).id("clear-filters");
    }
}
