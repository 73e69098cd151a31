package org.khorasanatlas.leaflet;

import java.util.List;

/** A key to the point colours, drawn in a corner of the map. */
public record Legend(String title, List<Entry> entries) {

    public Legend {
        entries = List.copyOf(entries);
    }

    public record Entry(String label, String color) {
    }
}
