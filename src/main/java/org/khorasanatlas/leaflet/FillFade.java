package org.khorasanatlas.leaflet;

/**
 * A fill opacity that changes with the zoom: {@code fromOpacity} up to {@code fromZoom}, {@code toOpacity} from
 * {@code toZoom}, and in a straight line between. Shading strong enough to read at country zoom would hide the
 * streets and names at city zoom; a fade lets one layer serve both.
 */
public record FillFade(double fromZoom, double fromOpacity, double toZoom, double toOpacity) {

    public FillFade {
        if (!(fromZoom <= toZoom)) {
            throw new IllegalArgumentException(
                    "a fade runs from a lower zoom to a higher one: " + fromZoom + " to " + toZoom);
        }
        for (double opacity : new double[] {fromOpacity, toOpacity}) {
            if (!(opacity >= 0 && opacity <= 1)) {
                throw new IllegalArgumentException("an opacity lies from 0 to 1: " + opacity);
            }
        }
    }

    /** The same opacity at every zoom. */
    public static FillFade constant(double opacity) {
        return new FillFade(0, opacity, 0, opacity);
    }
}
