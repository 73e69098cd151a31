package org.khorasanatlas.region;

import java.util.List;

/** One way of drawing Khorasan (historic, or as the group claims it), with the admin-1 units it is made of. */
public record RegionLayer(String id, String name, String description, List<String> units) {

    public RegionLayer {
        units = List.copyOf(units);
    }
}
