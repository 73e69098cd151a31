package org.khorasanatlas.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A point was clicked, or activated with the keyboard. */
@DomEvent("feature-click")
public class FeatureClickEvent extends ComponentEvent<LeafletMap> {

    private final String featureId;

    public FeatureClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.id") String featureId) {
        super(source, fromClient);
        this.featureId = featureId;
    }

    public String featureId() {
        return featureId;
    }
}
