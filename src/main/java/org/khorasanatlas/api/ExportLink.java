package org.khorasanatlas.api;

/**
 * A download of the attacks of a filter.
 *
 * @param url      relative to the app's root (no leading slash, so it works under a context path), with the
 *                 filter's canonical query, e.g. {@code api/events.csv?year=2021&country=AFG}
 * @param fileName what to save it as, naming the filter, e.g. {@code khorasan-atlas_year-2021_country-AFG.csv};
 *                 the API sends the same name in its {@code Content-Disposition} header
 */
public record ExportLink(String url, String fileName) {}
