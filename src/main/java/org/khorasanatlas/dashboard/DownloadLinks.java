package org.khorasanatlas.dashboard;

import org.khorasanatlas.api.ExportLink;
import org.khorasanatlas.api.ExportLinks;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * "Download CSV" and "Download GeoJSON" of the attacks the filter selects: plain links to the API, so the
 * browser saves the file itself, under a name that carries the filter.
 */
class DownloadLinks extends Div {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final Anchor csv = link("download-csv");
    private final Anchor geoJson = link("download-geojson");

    DownloadLinks() {
        addClassName("download-links");
        add(csv, geoJson);
    }

    void show(EventFilter filter, int attacks) {
        update(csv, getTranslation("download.csv", figures.count(attacks), attacks), ExportLinks.csv(filter));
        update(
                geoJson,
                getTranslation("download.geojson", figures.count(attacks), attacks),
                ExportLinks.geoJson(filter));
    }

    private static void update(Anchor link, String text, ExportLink export) {
        link.setText(text);
        link.setHref(export.url());
        link.getElement().setAttribute("download", export.fileName());
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
