package org.khorasanatlas.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map options from application.properties ({@code atlas.map.*}). The embedded outline map needs no internet;
 * an online tile layer is offered only when {@code online-tiles.enabled} is true.
 *
 * @param serverClustersAbove above this many attacks in a filter, the browser gets only what its view shows,
 *                            counted in grid squares by the server ({@link AttackGrid})
 */
@ConfigurationProperties("atlas.map")
public record MapSettings(
        @DefaultValue OnlineTiles onlineTiles,
        @DefaultValue("2000") int serverClustersAbove) {

    /**
     * @param attribution HTML shown in the map's attribution box, as the tile provider requires
     * @param active      whether the tiles, rather than the offline outlines, show when the page opens
     */
    public record OnlineTiles(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("OpenStreetMap") String name,

            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            String url,

            @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
            String attribution,

            @DefaultValue("19") int maxZoom,
            @DefaultValue("false") boolean active) {}
}
