package org.khorasanatlas.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackType;
import org.khorasanatlas.events.Branch;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.TargetType;
import org.khorasanatlas.geodata.Coded;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.geodata.Translation;
import org.khorasanatlas.language.InterfaceTexts;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.PlaceNames;
import org.khorasanatlas.language.ReaderFigures;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapLayers;
import org.khorasanatlas.map.AttackMap;
import org.khorasanatlas.map.AttackMarkers;
import org.khorasanatlas.map.MapLayersByLanguage;
import org.khorasanatlas.map.MapViewParameters;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The /embed page, made once at start-up in each language of the interface: it is the same for every filter (its script reads the filter from the
 * address and asks the API), so one copy serves every reader and a CDN can keep it. What the script needs from the
 * server (the map's layers and legend, the labels of the data's codes, the texts) travels in a JSON block, not as
 * script. Every text put into the HTML is escaped.
 */
@Component
class EmbedPage {

    private static final List<String> TEXTS = List.of(
            "embed.loading",
            "embed.total",
            "embed.total.one",
            "embed.period.none",
            "embed.error",
            "embed.marker.killed",
            "card.close",
            "card.date",
            "card.place",
            "card.killed",
            "card.killed.range",
            "card.attackers",
            "card.injured",
            "card.injured.none",
            "card.target",
            "card.type",
            "card.claim",
            "card.branch",
            "card.sources",
            "text.separator",
            "text.colon");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Language, Rendered> pages = new EnumMap<>(Language.class);

    /** The page in one language, and its entity tag. */
    record Rendered(String html, String eTag) {}

    EmbedPage(
            MapLayersByLanguage layers,
            AttackCatalog catalog,
            PlaceNames places,
            DatasetVersion dataset,
            EmbedAssets assets,
            InterfaceTexts texts) {
        String template = template();
        for (Language language : Language.values()) {
            Locale locale = language.locale(null);
            Translation text = texts.in(locale);
            ReaderFigures figures = ReaderFigures.of(locale);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("lang", locale.toLanguageTag());
            values.put("dir", language.rightToLeft() ? "rtl" : "ltr");
            values.put("title", text.of("embed.title"));
            values.put("style", assets.url(EmbedAssets.STYLE));
            values.put("script", assets.url(EmbedAssets.SCRIPT));
            values.put("loading", text.of("embed.loading"));
            values.put("mapLabel", text.of("embed.map.label"));
            values.put("cardLabel", text.of("card.label"));
            values.put("version", text.of("dataset.version", dataset.version(), figures.day(dataset.dataAsOf())));
            values.put("open", text.of("embed.open"));
            values.put("openHelp", text.of("embed.open.help"));
            Map<String, Object> settings = config(layers.in(locale), catalog, places.countries(locale), text);
            if (language != Language.ENGLISH) {
                settings.put("dates", figures.dateWords());
            }
            String config = scriptSafe(JSON.writeValueAsString(settings));
            String html = fill(template, values).replace("{{config}}", config);
            pages.put(
                    language,
                    new Rendered(html, "W/\"" + EmbedAssets.hash(html.getBytes(StandardCharsets.UTF_8)) + "\""));
        }
    }

    /** The page in the language; its tag changes with the page's every byte: data, assets, texts and layers. */
    Rendered in(Language language) {
        return pages.get(language);
    }

    private static Map<String, Object> config(
            MapLayers layers, AttackCatalog catalog, Function<String, String> countryName, Translation text) {
        // The attacks alone: no layer of imported attacks (they are not in the API's answers), and no province
        // shading, whose counts the API does not give.
        MapLayers embedded = new MapLayers(
                layers.baseLayers(),
                layers.overlays(),
                layers.pointLayers().stream()
                        .filter(layer -> layer.id().equals(AttackMap.ATTACKS_LAYER))
                        .toList(),
                layers.center(),
                layers.zoom(),
                layers.minZoom(),
                layers.referenceLayers(),
                layers.labelLayers(),
                List.of());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("layers", JSON.readTree(LeafletMap.layersJson(embedded)));
        config.put("legend", JSON.readTree(LeafletMap.legendJson(AttackMarkers.legend(text))));
        config.put("clusterLabel", text.of("embed.cluster"));
        config.put(
                "colors",
                Arrays.stream(ClaimStatus.values())
                        .collect(Collectors.toMap(ClaimStatus::code, AttackMarkers::color, (a, b) -> a, TreeMap::new)));
        config.put("hollow", List.of(ClaimStatus.SUSPECTED.code()));
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("claims", labels(ClaimStatus.values(), text));
        labels.put("targets", labels(TargetType.values(), text));
        labels.put("attackTypes", labels(AttackType.values(), text));
        labels.put("branches", labels(Branch.values(), text));
        labels.put(
                "countries",
                catalog.find(EventFilter.allYears()).stream()
                        .map(AttackEvent::country)
                        .distinct()
                        .collect(Collectors.toMap(code -> code, countryName, (a, b) -> a, TreeMap::new)));
        config.put("labels", labels);
        config.put(
                "texts",
                TEXTS.stream().collect(Collectors.toMap(key -> key, key -> text.of(key), (a, b) -> a, TreeMap::new)));
        config.put("viewParameters", MapViewParameters.NAMES);
        return config;
    }

    private static Map<String, String> labels(Coded[] values, Translation text) {
        return Arrays.stream(values)
                .collect(Collectors.toMap(Coded::code, value -> text.of(value.labelKey()), (a, b) -> a, TreeMap::new));
    }

    private static String fill(String template, Map<String, String> values) {
        String page = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue(), "UTF-8"));
        }
        return page;
    }

    /**
     * JSON inside a script element: "<", ">" and "&" only occur inside strings, where their escapes mean the same,
     * so no text of the data can close the element.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String template() {
        try (InputStream in = EmbedPage.class.getResourceAsStream("embed.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
