package org.khorasanatlas.leaflet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The map came to rest showing another part of the world. The browser sends it only while the last content set
 * was {@link LayerContent#forViewport() for the viewport}, so a map that holds all its points costs no round
 * trip when panned.
 */
@DomEvent("viewport-change")
public class ViewportChangeEvent extends ComponentEvent<LeafletMap> {

    private final Viewport viewport;

    public ViewportChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.south") double south,
            @EventData("event.detail.west") double west,
            @EventData("event.detail.north") double north,
            @EventData("event.detail.east") double east,
            @EventData("event.detail.zoom") double zoom) {
        super(source, fromClient);
        this.viewport = new Viewport(new LatLngBounds(south, west, north, east), zoom);
    }

    public Viewport viewport() {
        return viewport;
    }
}
