package org.khorasanatlas.places;

import org.khorasanatlas.sources.Source;

/**
 * A named place of the gazetteer (geodata/places.geojson): where attacks that name it are drawn, and where
 * its coordinates come from. {@code within} names the town a site or neighbourhood belongs to (empty for a town).
 */
public record Place(
        String id,
        String name,
        PlaceKind kind,
        String within,
        String admin1,
        String country,
        GeoPoint location,
        LocationPrecision precision,
        Source source,
        String note) {}
