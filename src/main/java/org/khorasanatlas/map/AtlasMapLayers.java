package org.khorasanatlas.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Entities;
import org.khorasanatlas.events.ImportedAttacks;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.leaflet.BaseLayer;
import org.khorasanatlas.leaflet.ChoroplethLayer;
import org.khorasanatlas.leaflet.FillFade;
import org.khorasanatlas.leaflet.GeoJsonOverlay;
import org.khorasanatlas.leaflet.LabelLayer;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.leaflet.PointLayer;
import org.khorasanatlas.leaflet.ReferenceLayer;
import org.khorasanatlas.leaflet.ShapeSource;
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
    /** Down to a town's districts: the place labels' last tier shows from zoom 11. */
    static final int OFFLINE_MAX_ZOOM = 13;

    static final String PROVINCES_LAYER = "provinces";
    /** The zoom each label tier starts at: capitals and big cities first, villages last. */
    private static final double[] TIER_MIN_ZOOM = {3, 6, 7, 9, 11};
    /** City zoom: a city's neighbourhoods and landmarks, from the gazetteer. */
    private static final double LANDMARKS_MIN_ZOOM = 11;
    /** From this zoom the detailed province borders replace the generalised ones of the first paint. */
    private static final double DETAIL_ZOOM = 8;

    private static final String SEA = "#cfe3ef";
    private static final String WATER_LINE = "#7fb0d3";

    // One quiet palette: pale land, thin grey borders, soft blue water, so the attack markers carry the colour.
    private static final ShapeStyle COUNTRIES = new ShapeStyle("#8c8c8c", 0.9, "#f4f1ea", 1.0);
    private static final ShapeStyle PROVINCE_BORDERS = ShapeStyle.line("#a39e93", 0.8, "4 3");
    private static final ShapeStyle RIVERS = ShapeStyle.line(WATER_LINE, 1.1, null);
    private static final ShapeStyle LAKES = new ShapeStyle(WATER_LINE, 0.6, SEA, 1.0);
    private static final ShapeStyle HISTORIC = new ShapeStyle("#8a5a00", 1.5, "#f0c36b", 0.28);
    /** Strong enough to compare provinces across the region; nearly clear at city zoom, where names matter. */
    private static final FillFade PROVINCE_SHADING = new FillFade(5, 0.55, 10, 0.05);

    private static final ShapeStyle CLAIMED = new ShapeStyle("#6a3d9a", 1.5, "#cab2d6", 0.18);

    @Bean
    MapLayersByLanguage mapLayersByLanguage(
            MapSettings settings,
            KhorasanRegion region,
            ImportedAttacks imported,
            BaseMapFiles files,
            LandmarkLabels landmarks,
            InterfaceTexts texts) {
        Map<Language, MapLayers> layers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            layers.put(language, layers(settings, region, imported, files, landmarks, texts.in(language.locale())));
        }
        return new MapLayersByLanguage(layers);
    }

    /** The English layers, for what has no reader's language: the page's preloads, the embed page. */
    @Bean
    MapLayers atlasLayers(MapLayersByLanguage byLanguage) {
        return byLanguage.in(Locale.ENGLISH);
    }

    private static MapLayers layers(
            MapSettings settings,
            KhorasanRegion region,
            ImportedAttacks imported,
            BaseMapFiles files,
            LandmarkLabels landmarks,
            Translation text) {
        String offline = text.of("map.offline.name");
        if (files.tiers() > TIER_MIN_ZOOM.length) {
            throw new IllegalStateException("geodata/basemap/map/index.json has " + files.tiers()
                    + " label tiers; AtlasMapLayers knows the zoom of " + TIER_MIN_ZOOM.length);
        }
        List<BaseLayer> bases = new ArrayList<>();
        MapSettings.OnlineTiles tiles = settings.onlineTiles();
        String base = files.url("base.topo.json");
        bases.add(BaseLayer.shapes(
                offline,
                ShapeSource.topoJson(base, "countries"),
                attribution(text),
                COUNTRIES,
                OFFLINE_MAX_ZOOM,
                !(tiles.enabled() && tiles.active())));
        if (tiles.enabled()) {
            bases.add(BaseLayer.tiles(tiles.name(), tiles.url(), tiles.attribution(), tiles.maxZoom(), tiles.active()));
        }
        List<GeoJsonOverlay> overlays = new ArrayList<>();
        List<RegionLayer> regionLayers = region.layers();
        for (int i = 0; i < regionLayers.size(); i++) {
            RegionLayer layer = regionLayers.get(i);
            overlays.add(new GeoJsonOverlay(
                    layer.id(),
                    layer.name(),
                    GeoDataController.regionUrl(layer.id()),
                    i == 0 ? HISTORIC : CLAIMED,
                    "name",
                    i == 0));
        }
        List<PointLayer> points = new ArrayList<>();
        points.add(new PointLayer(AttackMap.ATTACKS_LAYER, text.of("map.attacks.layer"), true, false, true));
        if (imported.isEnabled()) {
            points.add(new PointLayer(AttackMap.IMPORTED_LAYER, ImportedAttacks.LAYER_NAME, true, true, true));
        }
        String detail = files.url("provinces.topo.json");
        List<ReferenceLayer> reference = List.of(
                new ReferenceLayer("lakes", ShapeSource.topoJson(base, "lakes"), LAKES, false, 0, 99, offline),
                new ReferenceLayer("rivers", ShapeSource.topoJson(base, "rivers"), RIVERS, false, 4, 99, offline),
                new ReferenceLayer(
                        "province-borders",
                        ShapeSource.topoJson(base, "provinces"),
                        PROVINCE_BORDERS,
                        true,
                        4,
                        DETAIL_ZOOM,
                        offline),
                new ReferenceLayer(
                        "province-borders-detail",
                        ShapeSource.topoJson(detail, "provinces"),
                        PROVINCE_BORDERS,
                        true,
                        DETAIL_ZOOM,
                        99,
                        offline));
        List<LabelLayer> labels = new ArrayList<>();
        for (int tier = 0; tier < files.tiers(); tier++) {
            labels.add(
                    tier < files.tiledFromTier()
                            ? LabelLayer.of(
                                    "places-" + tier,
                                    files.url("labels-" + tier + ".geojson"),
                                    TIER_MIN_ZOOM[tier],
                                    offline)
                            : new LabelLayer(
                                    "places-" + tier,
                                    files.url("labels-" + tier + "-{x}-{y}.geojson"),
                                    TIER_MIN_ZOOM[tier],
                                    files.cellDegrees(),
                                    files.cells(),
                                    offline));
        }
        // Placed after the towns (a city's name comes first) but before the villages of the last tier: in a city
        // the reader looks for its districts, not for the villages at its edge.
        labels.add(
                Math.max(0, labels.size() - 1),
                LabelLayer.of("landmarks", landmarks.url(), LANDMARKS_MIN_ZOOM, offline));
        List<ChoroplethLayer> choropleths = List.of(new ChoroplethLayer(
                PROVINCES_LAYER,
                text.of("map.provinces.layer"),
                ShapeSource.topoJson(base, "provinces"),
                true,
                PROVINCE_SHADING));
        return new MapLayers(
                bases, overlays, points, KHORASAN_CENTRE, KHORASAN_ZOOM, 2, reference, labels, choropleths);
    }

    /** The offline map's credits: the text in the reader's language, escaped; the names and links as they are. */
    private static String attribution(Translation text) {
        String[] names = {
            "<span lang=\"en\">Natural Earth</span>", // not a text: a name
            "<a href=\"https://www.geonames.org/\" lang=\"en\">GeoNames</a>",
            "<a href=\"https://creativecommons.org/licenses/by/4.0/\" lang=\"en\">CC BY 4.0</a>"
        };
        // The placeholders pass through the translation and the escaping as they are, then take the names' markup.
        String escaped = Entities.escape(text.of("map.attribution", "{0}", "{1}", "{2}"));
        for (int i = 0; i < names.length; i++) {
            escaped = escaped.replace("{" + i + "}", names[i]);
        }
        return escaped;
    }
}
