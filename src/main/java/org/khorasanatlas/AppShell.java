package org.khorasanatlas;

import java.util.Map;

import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapLayers;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Vaadin 25 applies no theme unless asked. */
@StyleSheet(Lumo.STYLESHEET)
// Plain style sheets from META-INF/resources/styles: not part of the compiled frontend bundle.
@StyleSheet("styles/share.css")
@StyleSheet("styles/print.css")
@Meta(name = "description", content = "Map of Islamic State Khorasan Province attacks with sourced casualty figures")
public class AppShell implements AppShellConfigurator {

    private final MapLayers mapLayers;

    public AppShell(MapLayers mapLayers) {
        this.mapLayers = mapLayers;
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        // The base map and region files would otherwise wait until Vaadin's client has built the map; preloaded,
        // they download alongside the scripts, and the map's script reads them as soon as it loads. "anonymous"
        // matches the credentials of the map's own fetch().
        mapLayers
                .geoJsonUrls()
                .forEach(url -> settings.addLink(
                        url,
                        Map.of(
                                "rel",
                                "preload",
                                "as",
                                "fetch",
                                "crossorigin",
                                "anonymous",
                                LeafletMap.SHAPES_PRELOAD_ATTRIBUTE,
                                "")));
    }
}
