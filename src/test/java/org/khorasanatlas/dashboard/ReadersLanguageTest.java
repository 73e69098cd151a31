package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.PlaceNames;
import org.khorasanatlas.language.PlaceNames.PlaceName;
import org.khorasanatlas.region.Provinces;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

/**
 * The panel's parts made in the reader's language, without a browser: its words from the bundle, its figures in the
 * language's digits, places named in the language's script and the data's English marked as English. (The whole view
 * cannot be switched here: the router reuses the view it made before a test can set the locale; LanguageIT does.)
 */
class ReadersLanguageTest extends DashboardTestBase {

    private static final String KABUL_AIRPORT = "2021-08-26-kabul-airport";

    @Autowired
    PlaceNames places;

    @Autowired
    Provinces provinces;

    @Autowired
    CorrectionLinks corrections;

    @Test
    void theTotalsOfAYearInDariHaveDariWordsAndPersianDigits() {
        UI.getCurrent().setLocale(Language.DARI.locale(null));
        TotalsPanel totals = new TotalsPanel();
        totals.show(
                "۲۰۲۱", CasualtySummary.of(catalog.find(EventFilter.allYears().withYears(YearRange.of(2021)))));

        String text = totals.getElement().getProperty("totals");
        assertThat(text).contains("حملات", "۳۲", "۴۷۱").doesNotContain("Attacks", "32");
    }

    @Test
    void theAirportsCardInDariGivesTheSolarHijriDayDariPlacesAndMarksTheEnglish() {
        AttackCard card = card(Language.DARI.locale(null));

        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("۲۶ اگست ۲۰۲۱ (۴ سنبلهٔ ۱۴۰۰)", "ولایت کابل", "افغانستان", "تاریخ");
        assertThat(card.getChildren()
                        .filter(child ->
                                "attack-card-title".equals(child.getId().orElse("")))
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("en");
    }

    @Test
    void theSameCardInEnglishReadsAsBefore() {
        String text = card(Locale.ENGLISH).getElement().getTextRecursively();

        assertThat(text)
                .contains("26 August 2021", "Kabul, Afghanistan", "Date")
                .doesNotContain("۲");
    }

    private AttackCard card(Locale locale) {
        UI.getCurrent().setLocale(locale);
        AttackEvent airport = catalog.byId(KABUL_AIRPORT).orElseThrow();
        AttackCard card = new AttackCard(
                places.countries(locale),
                event -> catalog.provinceOf(event)
                        .flatMap(provinces::byId)
                        .map(province -> places.province(province, locale))
                        .orElseGet(() -> new PlaceName(event.admin1(), true)),
                corrections);
        card.show(airport, true);
        return card;
    }
}
