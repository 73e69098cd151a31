package org.khorasanatlas.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FoundAttacks;
import org.khorasanatlas.events.ImportedAttacks;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.language.ResourceUrl;
import org.khorasanatlas.leaflet.LayerContent;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.PointLayer;
import org.springframework.stereotype.Component;

/**
 * The map's markers for a filter, in a language, as one resource the browser fetches (and may cache) instead of a
 * payload each tab keeps on the server. Only as many as the browser clusters itself: above that the map asks the
 * server view by view ({@link AttackGrid}), and this answers nothing.
 */
@Component
public class MarkerPayloads {

    /** Where the browser fetches them: an API path, so it needs no session and passes the same checks. */
    public static final String PATH = "/api/markers";

    private final AttackCatalog catalog;
    private final ImportedAttacks imported;
    private final MapLayersByLanguage layers;
    private final InterfaceTexts texts;
    private final AttackGrid grid;

    public MarkerPayloads(
            AttackCatalog catalog,
            ImportedAttacks imported,
            MapLayersByLanguage layers,
            InterfaceTexts texts,
            AttackGrid grid) {
        this.catalog = catalog;
        this.imported = imported;
        this.layers = layers;
        this.texts = texts;
        this.grid = grid;
    }

    /** The URL of the filter's markers for a page in this locale (its language and digits). */
    public String url(EventFilter filter, Locale locale) {
        return ResourceUrl.of(PATH, filter, locale, version());
    }

    /** Changes with the data, curated or imported: the resource's ETag. */
    public String version() {
        return imported.version()
                .map(version -> catalog.version() + "-" + version)
                .orElse(catalog.version());
    }

    /**
     * The JSON of {@link LeafletMap#contentJson} for the filter's attacks and imported attacks, their texts in the
     * locale's language and digits; empty when they are more than the browser should get at once.
     */
    public Optional<String> json(EventFilter filter, Locale locale) {
        FoundAttacks attacks = catalog.find(filter);
        FoundAttacks importedAttacks = imported.find(filter);
        return grid.needed(attacks.size() + importedAttacks.size())
                ? Optional.empty()
                : Optional.of(json(attacks, importedAttacks, locale));
    }

    /** The same for attacks already found (the map has them): what the URL of their filter answers. */
    String json(FoundAttacks attacks, FoundAttacks importedAttacks, Locale locale) {
        Translation text = texts.in(locale);
        ReaderFigures figures = ReaderFigures.of(locale);
        Map<String, LayerContent> content = new LinkedHashMap<>();
        content.put(
                AttackMap.ATTACKS_LAYER,
                LayerContent.of(attacks.stream()
                        .map(event -> AttackMarkers.of(event, text, figures))
                        .toList()));
        importedLayer(locale)
                .ifPresent(layer -> content.put(
                        layer.id(),
                        LayerContent.of(importedAttacks.stream()
                                .map(event -> AttackMarkers.imported(event, layer.name(), text, figures))
                                .toList())));
        return LeafletMap.contentJson(content);
    }

    private Optional<PointLayer> importedLayer(Locale locale) {
        List<PointLayer> pointLayers = layers.in(locale).pointLayers();
        return pointLayers.stream()
                .filter(layer -> layer.id().equals(AttackMap.IMPORTED_LAYER))
                .findFirst();
    }
}
