package org.khorasanatlas.leaflet;

import java.util.Objects;

/**
 * Shapes shaded by a value per shape, switchable in the layer control by {@code name}. Each feature needs an id
 * (the GeoJSON feature id, or a TopoJSON geometry's id) and may have a {@code name} property for its tooltip. The
 * values come later, and change, with {@link LeafletMap#setChoropleth}; a press on a shape comes back as a
 * {@link ShapeClickEvent}. {@code fillFade} sets the shading's opacity by zoom.
 */
public record ChoroplethLayer(String id, String name, ShapeSource source, boolean visible, FillFade fillFade) {

    /** Shading of the same strength at every zoom. */
    public static final FillFade DEFAULT_FILL = FillFade.constant(0.6);

    public ChoroplethLayer {
        Objects.requireNonNull(fillFade, "fillFade");
    }

    public ChoroplethLayer(String id, String name, ShapeSource source, boolean visible) {
        this(id, name, source, visible, DEFAULT_FILL);
    }
}
