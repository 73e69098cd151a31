package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.Figures;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.select.NativeSelect;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard as a reader meets it, without a browser: what it shows, and where its URL points. */
@SpringBootTest
abstract class DashboardTestBase extends SpringBrowserlessTest {

    @Autowired
    AttackCatalog catalog;

    @Autowired
    WebApplicationContext context;

    /** As if the URL had been typed: the router hands the view the query parameters. */
    void open(String... namesAndValues) {
        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, new QueryParameters(parameters(namesAndValues)));
    }

    /** The URL holds exactly these parameters (Vaadin does not keep their order). */
    static void assertUrl(String... namesAndValues) {
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(parameters(namesAndValues));
    }

    private static Map<String, List<String>> parameters(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return parameters;
    }

    /** Totals, the "N of M" line and the map's payload all show exactly these attacks. */
    void assertFiltered(List<AttackEvent> expected) {
        CasualtySummary summary = CasualtySummary.of(expected);
        assertThat(totalsFigure("totals-attacks")).isEqualTo(Figures.count(expected.size()));
        assertThat(totalsFigure("totals-killed"))
                .isEqualTo(Figures.count(summary.killed().best()));
        assertThat(shownCount())
                .isEqualTo("Showing " + Figures.count(expected.size()) + " of " + Figures.count(catalog.size())
                        + " attacks");
        List<String> ids = expected.stream().map(AttackEvent::id).toList();
        assertThat(mapPayloadIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    List<AttackEvent> attacks(EventFilter filter) {
        List<AttackEvent> attacks = catalog.find(filter);
        assertThat(attacks).as("the shipped data has attacks for " + filter).isNotEmpty();
        return attacks;
    }

    /** The ids in the JSON the browser receives, which is what the map actually draws. */
    List<String> mapPayloadIds() {
        return mapContent()
                .path("points")
                .valueStream()
                .map(point -> point.path("id").asString())
                .toList();
    }

    /**
     * The points and clusters the browser draws: those in the map's payload, or, when the payload names a content
     * source, what that URL answers.
     */
    JsonNode mapContent() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode payload =
                json.readTree(find(LeafletMap.class).single().getElement().getProperty("points"));
        return payload.has("url") ? fetch(payload.path("url").asString()) : payload;
    }

    /** What a URL the page hands the browser answers, fetched through the application's own controller. */
    JsonNode fetch(String url) {
        try {
            MockHttpServletResponse response = MockMvcBuilders.webAppContextSetup(context)
                    .build()
                    .perform(MockMvcRequestBuilders.get(URI.create(url)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("could not fetch " + url, e);
        }
    }

    /** A figure of the totals panel ("totals-killed"), as the browser draws it. */
    String totalsFigure(String id) {
        return totals().path("tiles")
                .valueStream()
                .filter(tile -> tile.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No totals tile " + id))
                .path("figure")
                .asString();
    }

    String totalsFootnote() {
        return totals().path("footnote").asString();
    }

    private JsonNode totals() {
        return JsonMapper.builder()
                .build()
                .readTree(find(TotalsPanel.class).single().getElement().getProperty("totals"));
    }

    String shownCount() {
        return find(Paragraph.class).id("shown-count").getText();
    }

    String totalsHeading() {
        return totals().path("heading").asString();
    }

    Paragraph notice() {
        return find(Paragraph.class).id("filter-notice");
    }

    @SuppressWarnings("unchecked")
    NativeSelect<YearRange> yearSelect() {
        return find(NativeSelect.class).id("year-select");
    }

    YearChartTester chart() {
        return new YearChartTester(find(YearChart.class).id("year-chart"));
    }

    /** The years whose bars are marked as chosen (aria-pressed). */
    List<Integer> pressedYears() {
        return chart().pressedYears();
    }

    static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
