package org.khorasanatlas.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.FilterParameters;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/**
 * "Download CSV" and "Download GeoJSON" of the attacks the filter selects: plain links to the API, so the
 * browser saves the file itself, under a name that carries the filter.
 */
class DownloadLinks extends Div {

    private final Anchor csv = link("download-csv");
    private final Anchor geoJson = link("download-geojson");

    DownloadLinks() {
        addClassName("download-links");
        add(csv, geoJson);
    }

    void show(EventFilter filter, int attacks) {
        String count = " (" + Figures.count(attacks) + (attacks == 1 ? " attack)" : " attacks)");
        update(csv, "Download CSV" + count, apiAddress("events.csv", filter), fileName(filter, "csv"));
        update(geoJson, "Download GeoJSON" + count, apiAddress("events", filter), fileName(filter, "geojson"));
    }

    /**
     * Where the API serves a filter's attacks: the same query parameters as the page's URL. Relative, so it
     * also works when the app is served under a path prefix.
     */
    static String apiAddress(String resource, EventFilter filter) {
        String query = new QueryParameters(FilterParameters.format(filter, Optional.empty())).getQueryString();
        return "api/" + resource + (query.isEmpty() ? "" : "?" + query);
    }

    /** "khorasan-atlas-attacks_year-2021_country-AFG-PAK.csv": every filter parameter, readable in a folder. */
    static String fileName(EventFilter filter, String extension) {
        Map<String, List<String>> parameters = FilterParameters.format(filter, Optional.empty());
        String filters = parameters.entrySet().stream()
                .map(parameter -> "_" + parameter.getKey() + "-" + String.join("-", parameter.getValue()).replace(',', '-'))
                .collect(Collectors.joining());
        return "khorasan-atlas-attacks" + filters + "." + extension;
    }

    private static void update(Anchor link, String text, String href, String fileName) {
        link.setText(text);
        link.setHref(href);
        link.getElement().setAttribute("download", fileName);
    }

    private static Anchor link(String id) {
        Anchor link = new Anchor();
        link.setId(id);
        link.addClassName("download-link");
        // A file, not a view: the router must leave the click to the browser.
        link.setRouterIgnore(true);
        return link;
    }
}
