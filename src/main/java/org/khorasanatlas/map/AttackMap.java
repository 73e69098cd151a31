package org.khorasanatlas.map;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.leaflet.MapLayers;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.shared.Registration;

/** The dashboard's map: attacks as markers over the region and the base map. */
public class AttackMap extends Composite<LeafletMap> {

    private final MapLayers layers;

    public AttackMap(MapLayers layers) {
        this.layers = layers;
    }

    @Override
    protected LeafletMap initContent() {
        LeafletMap map = new LeafletMap(layers);
        map.setLegend(AttackMarkers.legend());
        map.setAccessibleName("Map of attacks. Each marker is a button; its size shows the deaths. "
                + "The table of attacks lists the same attacks as text.");
        map.setClusterLabel("{count} attacks here, press to zoom in and show them");
        map.addClassName("attack-map");
        return map;
    }

    /**
     * Shows these attacks. A single year's attacks are fitted into view; the whole period shows the region,
     * so switching back to all years always lands in the same familiar place.
     */
    public void show(List<AttackEvent> events, boolean wholePeriod) {
        getContent().setPoints(AttackMarkers.of(events),
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
