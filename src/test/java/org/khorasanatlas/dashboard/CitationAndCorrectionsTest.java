package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.lean.LeanCheckbox;
import org.khorasanatlas.lean.ReaderPress;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** The edition of the data, how to cite the view, how to correct an attack, and the unclaimed attacks' switch. */
class CitationAndCorrectionsTest extends DashboardTestBase {

    @Autowired
    DatasetVersion dataset;

    @Test
    void thePageNamesTheDataVersionAndItsDate() {
        open();

        assertThat(find(Paragraph.class).id("dataset-version").getText())
                .isEqualTo("Data version " + dataset.version() + ", as of "
                        + dataset.dataAsOf()
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMMM yyyy", java.util.Locale.ENGLISH)));
    }

    @Test
    void theCitationNamesVersionFilterAndLink() {
        open("year", "2018", "country", "PAK");

        String citation = find(Paragraph.class).id("citation-text").getText();
        assertThat(citation)
                .startsWith("Khorasan Atlas, dataset version " + dataset.version() + " (data as of "
                        + dataset.dataAsOf() + "). ISKP attacks, 2018; Pakistan. ")
                .contains("/?", "year=2018", "country=PAK", "(accessed ");
    }

    @Test
    void eachAttackCardOffersAPrefilledCorrection() {
        open();
        AttackEvent event = catalog.find(EventFilter.year(2018)).getFirst();
        LeafletMap map = find(LeafletMap.class).single();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, event.id()));

        String href = find(Anchor.class).id("suggest-correction").getHref();
        String decoded = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        assertThat(href).startsWith("mailto:?subject=");
        assertThat(decoded).contains("correction: " + event.id(), "Attack: " + event.name(), "Date: " + event.date());
    }

    @Test
    void untickingSuspectedKeepsEveryOtherClaimStatus() {
        open("year", "2018");
        LeanCheckbox suspected = find(LeanCheckbox.class).id("include-suspected");
        assertThat(suspected.isChecked()).isTrue();

        ReaderPress.tick(suspected, false);

        assertUrl("year", "2018", "claim", "claimed,attributed,disputed");
        assertThat(find(LeanCheckbox.class).id("include-suspected").isChecked()).isFalse();
    }

    @Test
    void tickingSuspectedAgainGivesAnyClaimStatus() {
        open("claim", "claimed,attributed,disputed");

        ReaderPress.tick(find(LeanCheckbox.class).id("include-suspected"), true);

        assertUrl();
    }

    @Test
    void aClaimFilterWithoutSuspectedLeavesTheSwitchOff() {
        open("claim", ClaimStatus.CLAIMED.code());

        assertThat(find(LeanCheckbox.class).id("include-suspected").isChecked()).isFalse();
    }
}
