package org.khorasanatlas.leaflet;

/**
 * Place names from a GeoJSON file of points, each with the properties {@code text}, {@code rank} (a number, lower
 * is more important) and optionally {@code kind} (a word that styles the label through the CSS class
 * {@code flm-label-<kind>}; the add-on styles {@code country}, {@code capital}, {@code town}, {@code province},
 * {@code neighbourhood} and {@code landmark}; country, province and neighbourhood names are centred on their point,
 * the others have a dot beside them).
 * <p>
 * Labels of all label layers share the map: the browser places them in the order of the layers, then of rank,
 * and leaves out any label that would overlap one already placed or a marker. A layer shows from {@code minZoom}
 * (and is fetched only then). With {@code cellDegrees} above 0 the file is cut into square cells of that many
 * degrees: {@code url} holds {@code {x}} and {@code {y}} (the cell's column and row, {@code floor(lng / cellDegrees)}
 * and {@code floor(lat / cellDegrees)}), and only the cells in view within {@code cells} are fetched.
 */
public record LabelLayer(
        String id, String url, double minZoom, double cellDegrees, LatLngBounds cells, String baseLayer) {

    /** One file for the whole layer. */
    public static LabelLayer of(String id, String url, double minZoom, String baseLayer) {
        return new LabelLayer(id, url, minZoom, 0, null, baseLayer);
    }
}
