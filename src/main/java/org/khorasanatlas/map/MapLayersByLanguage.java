package org.khorasanatlas.map;

import java.util.Locale;
import java.util.Map;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.leaflet.MapLayers;

/** The map's layers with their names and credits in each language of the interface, built once at start-up. */
public final class MapLayersByLanguage {

    private final Map<Language, MapLayers> layers;

    MapLayersByLanguage(Map<Language, MapLayers> layers) {
        this.layers = Map.copyOf(layers);
    }

    public MapLayers in(Locale locale) {
        return layers.get(Language.of(locale));
    }
}
