package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.leaflet.FeatureClickEvent;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.PointCluster;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.ViewportChangeEvent;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.ComponentUtil;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard when a filter matches more attacks than the browser should get one by one: here the limit is
 * set low, so the shipped attacks stand in for 100,000. The map gets grid squares for the view, asks again
 * after each move, and never loses an attack from the count.
 */
@SpringBootTest(properties = "atlas.map.server-clusters-above=10")
class DashboardServerClustersTest extends DashboardTestBase {

    @Test
    void allYearsComeAsCountsPerGridSquareThatAddUpToEveryAttack() {
        open();
        roundTrip();

        LayerContent content = attacksLayer();
        assertThat(content.forViewport()).isTrue();
        assertThat(content.clusters()).isNotEmpty();
        assertThat(content.clusters().stream().mapToInt(PointCluster::count).sum()
                        + content.points().size())
                .isEqualTo(catalog.size());
        assertThat(payload().path("followViewport").asBoolean()).isTrue();
        assertThat(payload().path("clusters")).hasSize(content.clusters().size());
    }

    @Test
    void aMoveBringsWhatTheNewViewShows() {
        open();
        LeafletMap map = find(LeafletMap.class).single();

        // Zoomed in on Kerman: only the attacks there (and a quarter of the view around it) come.
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 29, 56, 31, 58, 8));
        roundTrip();

        LayerContent content = attacksLayer();
        LatLngBounds padded = new LatLngBounds(28.5, 55.5, 31.5, 58.5);
        long inView = catalog.find(EventFilter.allYears()).stream()
                .filter(event -> padded.contains(
                        event.location().latitude(), event.location().longitude()))
                .count();
        assertThat(inView).isBetween(1L, 10L);
        assertThat(content.clusters()).isEmpty();
        assertThat(content.points())
                .hasSize((int) inView)
                .allSatisfy(point -> assertThat(padded.contains(
                                point.position().lat(), point.position().lng()))
                        .isTrue());
        assertThat(payload().path("fit").asBoolean()).isFalse();
        assertThat(payload().path("bounds").isNull()).isTrue();
    }

    @Test
    void aYearFitsItsAttacksAndTheSelectedAttackAlwaysComesAsAMarker() {
        List<AttackEvent> year2018 = attacks(EventFilter.year(2018));
        AttackEvent pakistani = year2018.stream()
                .filter(event -> event.country().equals("PAK"))
                .findFirst()
                .orElseThrow();
        open("year", "2018");
        roundTrip();
        assertThat(year2018).hasSizeGreaterThan(10);
        assertThat(payload().path("bounds").isArray()).isTrue();
        LeafletMap map = find(LeafletMap.class).single();
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, 36, 60, 37, 61, 11));
        roundTrip();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, pakistani.id()));
        roundTrip();

        assertThat(currentLocation()).contains("event=" + pakistani.id());
        assertThat(attacksLayer().points()).extracting(PointFeature::id).containsExactly(pakistani.id());
        assertThat(map.getSelectedFeature()).isEqualTo(pakistani.id());
    }

    @Test
    void belowTheLimitTheBrowserGetsEveryAttackAndIsNotAskedToReport() {
        open("year", "2015");

        assertThat(attacks(EventFilter.year(2015))).hasSizeBetween(1, 10);
        assertFiltered(attacks(EventFilter.year(2015)));
        assertThat(attacksLayer().forViewport()).isFalse();
        assertThat(payload().path("followViewport").asBoolean()).isFalse();
    }

    private LayerContent attacksLayer() {
        return find(LeafletMap.class).single().getLayerContent("attacks");
    }

    private JsonNode payload() {
        return JsonMapper.builder()
                .build()
                .readTree(find(LeafletMap.class).single().getElement().getProperty("points"));
    }
}
