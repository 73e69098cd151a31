package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.ImportedAttacks;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The page with an imported UCDP file configured: a second layer of its own, outside the curated figures. */
@SpringBootTest(properties = "atlas.data.imported=imported/ucdp-ged-sample.geojson")
class DashboardImportedLayerTest extends DashboardTestBase {

    private static final String KARACHI_BUS = "ucdp-195901";

    @Autowired
    private ImportedAttacks imported;

    @Test
    void theImportIsASecondHollowLayerThatTheTotalsDoNotCount() {
        navigate(DashboardView.class);

        JsonNode layers = json("layers").path("pointLayers");
        assertThat(layers).hasSize(2);
        assertThat(layers.get(1).path("name").asString()).isEqualTo(ImportedAttacks.LAYER_NAME);
        assertThat(layers.get(1).path("hollow").asBoolean()).isTrue();
        assertThat(layers.get(1).path("visible").asBoolean()).isTrue();
        assertThat(idsOnLayer("attacks")).hasSize(catalog.size());
        assertThat(idsOnLayer("imported")).hasSize(21).allMatch(id -> id.startsWith("ucdp-"));
        assertThat(totalsFigure("totals-attacks")).isEqualTo(Figures.count(catalog.size()));
        JsonNode legend = json("legend").path("entries");
        assertThat(legend.get(legend.size() - 1).path("label").asString()).isEqualTo("UCDP GED import (unverified)");
        assertThat(legend.get(legend.size() - 1).path("hollow").asBoolean()).isTrue();
    }

    @Test
    void theFilterNarrowsTheImportedLayerToo() {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.of("year", "2017"));

        assertThat(idsOnLayer("imported"))
                .containsExactlyInAnyOrderElementsOf(imported.find(EventFilter.year(2017)).stream()
                        .map(AttackEvent::id)
                        .toList());
        assertThat(idsOnLayer("imported")).hasSize(6);
        assertThat(totalsFigure("totals-attacks"))
                .isEqualTo(Figures.count(catalog.find(EventFilter.year(2017)).size()));
    }

    @Test
    void clickingAnImportedMarkerShowsItsCardWithTheUcdpSource() {
        navigate(DashboardView.class);
        LeafletMap map = find(LeafletMap.class).single();
        AttackEvent karachi = imported.byId(KARACHI_BUS).orElseThrow();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, KARACHI_BUS));

        assertThat(find(H3.class).id("attack-card-title").getText()).isEqualTo(karachi.name());
        // Its one link is the source: an imported attack is UCDP's to correct, so no correction link.
        assertThat(find(Anchor.class, find(Div.class).id("attack-card"))
                        .single()
                        .getHref())
                .isEqualTo("https://ucdp.uu.se/downloads/");
        assertThat(map.getSelectedFeature()).isEqualTo(KARACHI_BUS);
    }

    private List<String> idsOnLayer(String layer) {
        return mapContent()
                .path("points")
                .valueStream()
                .filter(point -> point.path("layer").asString().equals(layer))
                .map(point -> point.path("id").asString())
                .toList();
    }

    private JsonNode json(String property) {
        return JsonMapper.builder()
                .build()
                .readTree(find(LeafletMap.class).single().getElement().getProperty(property));
    }
}
