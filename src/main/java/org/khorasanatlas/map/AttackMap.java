package org.khorasanatlas.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointFeature;
import org.khorasanatlas.leaflet.PointLayer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.shared.Registration;

/**
 * The dashboard's map: attacks as markers over the region and the base map, and, when an import is configured,
 * the imported attacks as a second layer of their own.
 */
public class AttackMap extends Composite<LeafletMap> {

    static final String ATTACKS_LAYER = "attacks";
    static final String IMPORTED_LAYER = "imported";

    private final MapLayers layers;
    private final Optional<PointLayer> importedLayer;

    public AttackMap(MapLayers layers) {
        this.layers = layers;
        this.importedLayer = layers.pointLayers().stream().filter(layer -> layer.id().equals(IMPORTED_LAYER))
                .findFirst();
    }

    @Override
    protected LeafletMap initContent() {
        LeafletMap map = new LeafletMap(layers);
        map.setLegend(importedLayer.map(layer -> AttackMarkers.legendWithImported(layer.name()))
                .orElseGet(AttackMarkers::legend));
        map.setAccessibleName("Map of attacks. Each marker is a button; its size shows the deaths. "
                + "The table of attacks lists the same attacks as text.");
        map.setClusterLabel("{count} attacks here, press to zoom in and show them");
        map.addClassName("attack-map");
        return map;
    }

    /**
     * Shows these attacks, and these imported ones on the import's layer (if the map has one). A single year's
     * attacks are fitted into view; the whole period shows the region, so switching back to all years always
     * lands in the same familiar place.
     */
    public void show(List<AttackEvent> events, List<AttackEvent> imported, boolean wholePeriod) {
        Map<String, List<PointFeature>> points = new LinkedHashMap<>();
        points.put(ATTACKS_LAYER, AttackMarkers.of(events));
        importedLayer.ifPresent(layer -> points.put(IMPORTED_LAYER, AttackMarkers.imported(imported, layer.name())));
        getContent().setPoints(points,
                wholePeriod ? new MapFocus.View(layers.center(), layers.zoom()) : new MapFocus.FitPoints());
    }

    /** Highlights one attack, or none with null. */
    public void select(String attackId) {
        getContent().setSelectedFeature(attackId);
    }

    public Optional<String> selected() {
        return Optional.ofNullable(getContent().getSelectedFeature());
    }

    public Registration addAttackClickListener(Consumer<String> listener) {
        return getContent().addFeatureClickListener(event -> listener.accept(event.featureId()));
    }
}
