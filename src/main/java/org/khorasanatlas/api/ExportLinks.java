package org.khorasanatlas.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.events.EventFilter;

/** Where the UI downloads the attacks of a filter from, and the file name that says which filter it holds. */
public final class ExportLinks {

    private static final String FILE_PREFIX = "khorasan-atlas";

    private ExportLinks() {}

    public static ExportLink csv(EventFilter filter) {
        return csv(new Selection(filter, Optional.empty()));
    }

    public static ExportLink geoJson(EventFilter filter) {
        return geoJson(new Selection(filter, Optional.empty()));
    }

    /** The map of the filter as a PNG {@code width} pixels wide ({@link MapImageController}). */
    public static ExportLink image(EventFilter filter, int width) {
        return image(filter, width, PictureFormat.PNG);
    }

    /** The map of the filter in {@code format}, {@code width} pixels (or SVG user units) wide. */
    public static ExportLink image(EventFilter filter, int width, PictureFormat format) {
        String path = format == PictureFormat.SVG ? MapImageController.SVG_PATH : MapImageController.PATH;
        ExportLink link = link(path, format.extension(), new Selection(filter, Optional.empty()));
        String extension = "." + format.extension();
        return new ExportLink(
                link.url() + (link.url().contains("?") ? "&" : "?") + MapImageController.WIDTH + "=" + width,
                link.fileName().substring(0, link.fileName().length() - extension.length()) + "_" + width + "px"
                        + extension);
    }

    static ExportLink csv(Selection selection) {
        return link(EventsController.EVENTS_CSV, "csv", selection);
    }

    static ExportLink geoJson(Selection selection) {
        return link(EventsController.EVENTS, "geojson", selection);
    }

    private static ExportLink link(String path, String extension, Selection selection) {
        String query = selection.query();
        String url = path.substring(1) + (query.isEmpty() ? "" : "?" + query);
        return new ExportLink(url, fileName(selection.parameters()) + "." + extension);
    }

    /** {@code khorasan-atlas_year-2021_country-AFG-PAK}: each parameter as name-values, in canonical order. */
    private static String fileName(Map<String, List<String>> parameters) {
        StringBuilder name = new StringBuilder(FILE_PREFIX);
        parameters.forEach((parameter, values) ->
                name.append('_').append(parameter).append('-').append(String.join("-", values)));
        // The values are already checked codes, numbers and ids; this only guarantees a portable file name.
        return name.toString().replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
