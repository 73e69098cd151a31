package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.List;

import org.khorasanatlas.imports.ImportedAttacks;
import org.khorasanatlas.leaflet.BaseLayer;
import org.khorasanatlas.leaflet.GeoJsonOverlay;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointLayer;
import org.khorasanatlas.leaflet.ShapeStyle;
import org.khorasanatlas.region.KhorasanRegion;
import org.khorasanatlas.region.RegionLayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The layers every dashboard map shares, built once from the configuration and the region file. */
@Configuration
class AtlasMapLayers {

    /** Centred between Tehran and Dushanbe, so Iran, Afghanistan, Pakistan and Central Asia all show. */
    static final LatLng KHORASAN_CENTRE = new LatLng(33.5, 64.5);
    static final int KHORASAN_ZOOM = 5;
    /** Beyond this the 1:50m outlines show nothing but one colour; attacks at one place spread out instead. */
    static final int OUTLINES_MAX_ZOOM = 10;

    private static final ShapeStyle COUNTRIES = new ShapeStyle("#8c8c8c", 0.8, "#f4f1ea", 1.0);
    private static final ShapeStyle HISTORIC = new ShapeStyle("#8a5a00", 1.5, "#f0c36b", 0.28);
    private static final ShapeStyle CLAIMED = new ShapeStyle("#6a3d9a", 1.5, "#cab2d6", 0.18);

    @Bean
    MapLayers atlasLayers(MapSettings settings, KhorasanRegion region, ImportedAttacks imported) {
        List<BaseLayer> bases = new ArrayList<>();
        MapSettings.OnlineTiles tiles = settings.onlineTiles();
        bases.add(BaseLayer.geoJson("Country outlines (offline)", GeoDataController.COUNTRIES_URL,
                "Made with Natural Earth", COUNTRIES, OUTLINES_MAX_ZOOM, !(tiles.enabled() && tiles.active())));
        if (tiles.enabled()) {
            bases.add(BaseLayer.tiles(tiles.name(), tiles.url(), tiles.attribution(), tiles.maxZoom(), tiles.active()));
        }
        List<GeoJsonOverlay> overlays = new ArrayList<>();
        List<RegionLayer> regionLayers = region.layers();
        for (int i = 0; i < regionLayers.size(); i++) {
            RegionLayer layer = regionLayers.get(i);
            overlays.add(new GeoJsonOverlay(layer.id(), layer.name(), GeoDataController.regionUrl(layer.id()),
                    i == 0 ? HISTORIC : CLAIMED, "name", i == 0));
        }
        List<PointLayer> points = new ArrayList<>();
        points.add(new PointLayer(AttackMap.ATTACKS_LAYER, "Attacks", true, false, true));
        if (imported.isEnabled()) {
            points.add(new PointLayer(AttackMap.IMPORTED_LAYER, ImportedAttacks.LAYER_NAME, true, true, true));
        }
        return new MapLayers(bases, overlays, points, KHORASAN_CENTRE, KHORASAN_ZOOM, 2);
    }
}
