package org.khorasanatlas.leaflet;

import java.util.List;

/** A key to the point colours, drawn in a corner of the map. */
public record Legend(String title, List<Entry> entries) {

    public Legend {
        entries = List.copyOf(entries);
    }

    /** @param hollow drawn as a ring, as the points of a {@link PointLayer#hollow() hollow} layer are */
    public record Entry(String label, String color, boolean hollow) {

        public Entry(String label, String color) {
            this(label, color, false);
        }
    }
}
