package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.Choropleth;
import org.khorasanatlas.leaflet.LatLngBounds;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.PointLayer;
import org.khorasanatlas.leaflet.Viewport;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The dashboard's map: attacks as markers over the region and the base map, and, when an import is configured,
 * the imported attacks as a second layer of their own. When a filter matches more attacks than the browser
 * should hold, the map gets only what its view shows ({@link AttackGrid}) and asks again after each move.
 */
public class AttackMap extends Composite<LeafletMap> {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    public static final String ATTACKS_LAYER = "attacks";
    /** The lowest number of attacks of each class of the province shading, and its colour (ColorBrewer Purples). */
    private static final List<Integer> PROVINCE_CLASSES = List.of(1, 2, 5, 10, 20);

    private static final List<String> PROVINCE_COLORS = List.of("#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1");
    static final String IMPORTED_LAYER = "imported";

    private final MapLayers layers;
    private final AttackGrid grid;
    private final MarkerPayloads markers;
    private final Optional<PointLayer> importedLayer;
    /**
     * The attacks on the map, kept only while the browser gets them view by view (for a filter by years alone, a
     * view of the catalog's own list, so nothing is copied).
     */
    private FoundAttacks attacks = FoundAttacks.none();

    private FoundAttacks importedAttacks = FoundAttacks.none();
    private boolean byViewport;
    /** How the map should move with the content about to be sent; null when nothing waits to be sent. */
    private MapFocus pendingFocus;

    public AttackMap(MapLayers layers, AttackGrid grid, MarkerPayloads markers) {
        this.layers = layers;
        this.grid = grid;
        this.markers = markers;
        this.importedLayer = layers.pointLayers().stream()
                .filter(layer -> layer.id().equals(IMPORTED_LAYER))
                .findFirst();
    }

    @Override
    protected LeafletMap initContent() {
        LeafletMap map = new LeafletMap(layers);
        map.setLegend(importedLayer
                .map(layer -> AttackMarkers.legendWithImported(layer.name(), this::getTranslation))
                .orElseGet(() -> AttackMarkers.legend(this::getTranslation)));
        map.setAccessibleName(getTranslation("map.label"));
        map.setClusterLabel(getTranslation("embed.cluster"));
        map.setContentErrorText(getTranslation("map.markers.failed"));
        map.addClassName("attack-map");
        map.addViewportChangeListener(event -> {
            if (byViewport) {
                sendBeforeResponse(new MapFocus.Stay());
            }
        });
        return map;
    }

    /**
     * Shows the filter's attacks ({@code events}), and its imported ones on the import's layer (if the map has
     * one). A single year's attacks are fitted into view; the whole period shows the region, so switching back to
     * all years always lands in the same familiar place. A view from a shared link ({@code view}) overrides both.
     * Up to the grid's limit the markers go with this round trip and are not kept: the map keeps only the URL the
     * browser can fetch them from again ({@link MarkerPayloads}).
     */
    public void show(
            EventFilter filter,
            FoundAttacks events,
            FoundAttacks imported,
            boolean wholePeriod,
            Optional<MapFocus.View> view) {
        byViewport = grid.needed(events.size() + imported.size());
        attacks = events;
        importedAttacks = imported;
        MapFocus fit = byViewport
                ? AttackGrid.extent(events.isEmpty() ? imported : events)
                        .<MapFocus>map(MapFocus.FitBounds::new)
                        .orElseGet(MapFocus.Stay::new)
                : new MapFocus.FitPoints();
        MapFocus focus =
                view.isPresent() ? view.get() : wholePeriod ? new MapFocus.View(layers.center(), layers.zoom()) : fit;
        if (byViewport) {
            sendBeforeResponse(focus);
        } else {
            // The browser holds them all and pans without asking.
            attacks = FoundAttacks.none();
            importedAttacks = FoundAttacks.none();
            getContent()
                    .setContentSource(
                            markers.url(filter, getLocale()), markers.json(events, imported, getLocale()), focus);
        }
    }

    /** Where the reader has taken the map, for a link that keeps it; see {@link LeafletMap#fetchView}. */
    public void fetchView(SerializableConsumer<Optional<MapFocus.View>> view) {
        getContent().fetchView(view);
    }

    /**
     * Content made for the view depends on the filter, the selection and the view, which may all change in one
     * round trip (a shared link sets a year and an attack): it is made once, just before the answer leaves,
     * and a move asked for in that round trip is not undone by a later "stay".
     */
    private void sendBeforeResponse(MapFocus focus) {
        boolean scheduled = pendingFocus != null;
        if (!scheduled || !(focus instanceof MapFocus.Stay)) {
            pendingFocus = focus;
        }
        if (!scheduled) {
            getElement()
                    .getNode()
                    .runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
                        MapFocus move = pendingFocus;
                        pendingFocus = null;
                        if (byViewport) {
                            send(move);
                        }
                    }));
        }
    }

    private void send(MapFocus focus) {
        Map<String, LayerContent> content = new LinkedHashMap<>();
        content.put(ATTACKS_LAYER, content(attacks, event -> AttackMarkers.of(event, this::getTranslation, figures)));
        importedLayer.ifPresent(layer -> content.put(
                IMPORTED_LAYER,
                content(
                        importedAttacks,
                        event -> AttackMarkers.imported(event, layer.name(), this::getTranslation, figures))));
        getContent().setContent(content, focus);
    }

    private LayerContent content(FoundAttacks events, Function<AttackEvent, PointFeature> marker) {
        Viewport view = getContent().getViewport().orElseGet(() -> new Viewport(LatLngBounds.WORLD, layers.zoom()));
        return grid.content(events, view, getContent().getSelectedFeature(), marker);
    }

    /** Highlights one attack, or none with null. */
    public void select(String attackId) {
        getContent().setSelectedFeature(attackId);
        if (byViewport) {
            sendBeforeResponse(new MapFocus.Stay());
        }
    }

    public Optional<String> selected() {
        return Optional.ofNullable(getContent().getSelectedFeature());
    }

    /**
     * Shades each province by its number of attacks (deaths would be ruled by a few mass-casualty bombings), and
     * outlines the chosen one. {@code names} gives each province id its name for the tooltip.
     */
    public void showProvinces(
            Map<String, CasualtySummary> byProvince, Function<String, String> names, Optional<String> chosen) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        byProvince.forEach((id, summary) -> {
            values.put(id, (double) summary.attacks());
            labels.put(
                    id,
                    getTranslation(
                            summary.attacks() == 1 ? "map.provinces.tooltip.one" : "map.provinces.tooltip",
                            names.apply(id),
                            figures.count(summary.attacks()),
                            figures.killed(summary.killed())));
        });
        List<Double> breaks =
                PROVINCE_CLASSES.stream().map(Integer::doubleValue).toList();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < PROVINCE_CLASSES.size(); i++) {
            int low = PROVINCE_CLASSES.get(i);
            int high = i + 1 < PROVINCE_CLASSES.size() ? PROVINCE_CLASSES.get(i + 1) - 1 : Integer.MAX_VALUE;
            legend.add(
                    low == high
                            ? getTranslation("map.provinces.class.one", figures.count(low), low)
                            : high == Integer.MAX_VALUE
                                    ? getTranslation("map.provinces.class.more", figures.count(low), low)
                                    : getTranslation("map.provinces.class.range", figures.range(low, high), high));
        }
        getContent()
                .setChoropleth(
                        AtlasMapLayers.PROVINCES_LAYER,
                        new Choropleth(
                                getTranslation("map.provinces.legend"),
                                values,
                                breaks,
                                PROVINCE_COLORS,
                                legend,
                                labels,
                                chosen.orElse(null)));
    }

    public Registration addProvinceClickListener(Consumer<String> listener) {
        return getContent().addShapeClickListener(event -> listener.accept(event.shapeId()));
    }

    public Registration addAttackClickListener(Consumer<String> listener) {
        return getContent().addFeatureClickListener(event -> listener.accept(event.featureId()));
    }
}
