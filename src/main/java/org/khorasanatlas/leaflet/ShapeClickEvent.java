package org.khorasanatlas.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A shape of a {@link ChoroplethLayer} was clicked. */
@DomEvent("shape-click")
public class ShapeClickEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String shapeId;

    public ShapeClickEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.layer") String layerId,
            @EventData("event.detail.id") String shapeId) {
        super(source, fromClient);
        this.layerId = layerId;
        this.shapeId = shapeId;
    }

    public String layerId() {
        return layerId;
    }

    public String shapeId() {
        return shapeId;
    }
}
