package org.khorasanatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.events.TestEvents;
import org.khorasanatlas.geodata.EnglishTexts;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.PointCluster;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.Viewport;

class AttackGridTest {

    private static final Function<AttackEvent, PointFeature> MARKER =
            event -> AttackMarkers.of(event, EnglishTexts.translation(), ReaderFigures.of(Locale.ENGLISH));

    /** Kabul, Jalalabad and Peshawar: about 120 km apart, so a few grid squares apart at zoom 7, one at zoom 3. */
    private final List<AttackEvent> kabul = around("AFG", 34.53, 69.17, 30);

    private final List<AttackEvent> jalalabad = around("AFG", 34.43, 70.45, 20);
    private final List<AttackEvent> peshawar = around("PAK", 34.01, 71.57, 10);
    private final AttackEvent quetta =
            TestEvents.on("2019-01-01").at("PAK", 30.18, 66.99).build();
    private final FoundAttacks all = TestEvents.found(concat(kabul, jalalabad, peshawar, List.of(quetta)));
    private final Viewport region = new Viewport(new LatLngBounds(25, 55, 42, 80), 7);

    @Test
    void sendsEveryAttackInViewUpToTheLimit() {
        LayerContent content = new AttackGrid(61).content(all, region, null, MARKER);

        assertThat(content.points()).hasSize(61);
        assertThat(content.clusters()).isEmpty();
        assertThat(content.forViewport()).isTrue();
    }

    @Test
    void leavesOutAttacksFarOutsideTheView() {
        Viewport aroundKabul = new Viewport(new LatLngBounds(34.3, 68.9, 34.8, 69.5), 10);

        LayerContent content = new AttackGrid(100).content(all, aroundKabul, null, MARKER);

        assertThat(content.points())
                .extracting(PointFeature::id)
                .containsExactlyInAnyOrderElementsOf(
                        kabul.stream().map(AttackEvent::id).toList());
    }

    @Test
    void countsAttacksPerGridSquareAboveTheLimitAndLosesNone() {
        LayerContent content = new AttackGrid(20).content(all, region, null, MARKER);

        assertThat(content.clusters()).hasSize(3);
        assertThat(content.clusters()).extracting(PointCluster::count).containsExactlyInAnyOrder(30, 20, 10);
        assertThat(content.points()).extracting(PointFeature::id).containsExactly(quetta.id());
        PointCluster atKabul = content.clusters().stream()
                .filter(c -> c.count() == 30)
                .findFirst()
                .orElseThrow();
        assertThat(atKabul.position().lat()).isCloseTo(34.53, within(0.01));
        assertThat(atKabul.position().lng()).isCloseTo(69.17, within(0.01));
        assertThat(atKabul.bounds().contains(34.53, 69.17)).isTrue();
        assertThat(atKabul.bounds().north() - atKabul.bounds().south()).isLessThan(0.02);
    }

    @Test
    void zoomedOutSquaresAreBigger() {
        LayerContent content = new AttackGrid(20).content(all, new Viewport(region.bounds(), 3), null, MARKER);

        assertThat(content.clusters()).extracting(PointCluster::count).containsExactly(60);
        assertThat(content.points()).extracting(PointFeature::id).containsExactly(quetta.id());
    }

    @Test
    void theSelectedAttackAlwaysComesAsAMarker() {
        AttackEvent selected = jalalabad.get(3);

        LayerContent squares = new AttackGrid(20).content(all, region, selected.id(), MARKER);
        LayerContent elsewhere = new AttackGrid(100)
                .content(all, new Viewport(new LatLngBounds(29, 66, 31, 68), 9), selected.id(), MARKER);

        assertThat(squares.points()).extracting(PointFeature::id).contains(selected.id());
        assertThat(squares.clusters()).extracting(PointCluster::count).containsExactlyInAnyOrder(30, 19, 10);
        assertThat(elsewhere.points())
                .extracting(PointFeature::id)
                .containsExactlyInAnyOrder(quetta.id(), selected.id());
    }

    /** Only a forged view asks for this: the whole world at street level would be billions of squares. */
    @Test
    void aViewWithTooManySquaresIsGriddedCoarserAndLosesNone() {
        LayerContent content = new AttackGrid(20).content(all, new Viewport(LatLngBounds.WORLD, 18), null, MARKER);

        int counted = content.points().size()
                + content.clusters().stream().mapToInt(PointCluster::count).sum();
        assertThat(counted).isEqualTo(all.size());
        assertThat(content.clusters()).isNotEmpty();
    }

    @Test
    void theLimitSaysWhenAttacksAreTooMany() {
        assertThat(new AttackGrid(2000).needed(2000)).isFalse();
        assertThat(new AttackGrid(2000).needed(2001)).isTrue();
        assertThatThrownBy(() -> new AttackGrid(0)).hasMessageContaining("server-clusters-above");
    }

    @Test
    void extentIsTheRectangleTheAttacksLieIn() {
        LatLngBounds extent = AttackGrid.extent(all).orElseThrow();

        assertThat(extent.south()).isCloseTo(30.18, within(1e-9));
        assertThat(extent.north()).isLessThan(34.6).isGreaterThan(34.5);
        assertThat(extent.west()).isCloseTo(66.99, within(1e-9));
        assertThat(extent.east()).isGreaterThan(71.5).isLessThan(71.7);
        assertThat(AttackGrid.extent(FoundAttacks.none())).isEmpty();
    }

    /** {@code count} attacks within about a kilometre of a place. */
    private static List<AttackEvent> around(String country, double lat, double lng, int count) {
        List<AttackEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(TestEvents.on("2020-01-01")
                    .at(country, lat + (i % 5) * 0.001, lng + (i / 5) * 0.001)
                    .build());
        }
        return events;
    }

    @SafeVarargs
    private static List<AttackEvent> concat(List<AttackEvent>... lists) {
        List<AttackEvent> all = new ArrayList<>();
        for (List<AttackEvent> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
