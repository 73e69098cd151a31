package org.khorasanatlas.places;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.geodata.GeoDataFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The named places that attacks refer to, read once at start-up: the same site is placed the same way every
 * time, and each place says where its coordinates come from.
 */
@Component
public class Gazetteer {

    static final String PATH = "places.geojson";

    private final Map<String, Place> places;

    @Autowired
    public Gazetteer(GeoDataFiles files, GazetteerReader reader) {
        this(reader.read(files.get(PATH)));
    }

    public Gazetteer(Map<String, Place> places) {
        this.places = Map.copyOf(places);
    }

    public Optional<Place> find(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public Collection<Place> places() {
        return places.values();
    }
}
