package org.khorasanatlas.dashboard;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.language.ReaderFigures;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/**
 * The dataset's version and date, and a citation of the current view (version, filter in words, link, access
 * date) that a reader can copy, so a figure taken from the page can be traced back to the edition it came from.
 */
class CitationPanel extends Div {

    private final ReaderFigures figures = ReaderFigures.of(getLocale());

    private final DatasetVersion dataset;
    private final Function<String, String> countryName;
    private final Paragraph version = new Paragraph();
    private final Paragraph citation = new Paragraph();
    private final CopyButton copy = new CopyButton("dataset.cite.copy", "dataset.cite.copied", citation::getText);
    private String pageAddress = "";
    private String filterWords = "";
    private String query = "/";

    CitationPanel(DatasetVersion dataset, Function<String, String> countryName) {
        this.dataset = dataset;
        this.countryName = countryName;
        setId("citation");
        addClassName("citation");
        version.setId("dataset-version");
        version.setText(getTranslation("dataset.version", dataset.version(), figures.day(dataset.dataAsOf())));
        citation.setId("citation-text");
        citation.addClassName("citation-text");
        copy.setId("copy-citation");
        add(version, new H3(getTranslation("dataset.cite.heading")), citation, copy);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The address readers use (behind a proxy too) is the browser's own.
        attach.getUI().getPage().fetchCurrentURL(url -> {
            pageAddress = origin(url);
            render();
        });
    }

    /**
     * The view shown: {@code period} is the period as the year select says it ("2018", "All years");
     * {@code parameters}, the view's link parameters.
     */
    void show(String period, EventFilter filter, Map<String, List<String>> parameters) {
        filterWords = words(period, filter);
        String queryString = new QueryParameters(parameters).getQueryString();
        query = queryString.isEmpty() ? "/" : "/?" + queryString;
        copy.reset();
        render();
    }

    /** The citation as shown, for the Share dialog. */
    String text() {
        return citation.getText();
    }

    /** The view's link: the dashboard's address as the browser knows it, with the filter. */
    String link() {
        return pageAddress + query;
    }

    /** The /embed page's link for the same filter. */
    String embedLink() {
        return pageAddress + "/embed" + query.substring(1);
    }

    private void render() {
        citation.setText(getTranslation(
                "dataset.cite.text",
                dataset.version(),
                dataset.dataAsOf().toString(),
                filterWords,
                pageAddress + query,
                LocalDate.now().toString()));
    }

    private String words(String period, EventFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("dataset.cite.subject", period));
        if (!filter.countries().isEmpty()) {
            parts.add(String.join(
                    ", ", filter.countries().stream().map(countryName).toList()));
        }
        if (!filter.claims().isEmpty()) {
            parts.add(String.join(
                    ", ",
                    filter.claims().stream()
                            .map(status -> getTranslation(status.labelKey()))
                            .toList()));
        }
        if (!filter.targets().isEmpty()) {
            parts.add(String.join(
                    ", ",
                    filter.targets().stream()
                            .map(type -> getTranslation(type.labelKey()))
                            .toList()));
        }
        if (filter.minKilled() > 0) {
            parts.add(getTranslation("dataset.cite.min-killed", filter.minKilled()));
        }
        return String.join("; ", parts);
    }

    private static String origin(URL url) {
        URI uri = URI.create(url.toString());
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("/[^/]*$", "");
        return uri.getScheme() + "://" + uri.getRawAuthority() + path;
    }
}
