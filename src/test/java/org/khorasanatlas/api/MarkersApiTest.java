package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.map.MarkerPayloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's markers as the browser fetches them: over real HTTP, from the URL the page makes, in the page's
 * language, cached like the API's answers and refused above the number the browser clusters itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.map.server-clusters-above=60")
class MarkersApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private AttackCatalog catalog;

    @Autowired
    private MarkerPayloads markers;

    @Test
    void theUrlThePageMakesAnswersTheFiltersMarkersInTheReadersLanguage() throws Exception {
        EventFilter year = EventFilter.year(2018);
        Locale dari = Language.DARI.locale(null);

        HttpResponse<String> english = get(markers.url(year, Locale.ENGLISH), null);
        HttpResponse<String> inDari = get(markers.url(year, dari), null);

        assertThat(english.statusCode()).isEqualTo(200);
        JsonNode points = json.readTree(english.body()).path("points");
        assertThat(points.valueStream().map(point -> point.path("id").asString()))
                .containsExactlyInAnyOrderElementsOf(
                        catalog.find(year).stream().map(event -> event.id()).toList());
        assertThat(points.get(0).path("details").get(1).asString()).startsWith("Killed: ");
        assertThat(inDari.statusCode()).isEqualTo(200);
        assertThat(json.readTree(inDari.body())
                        .path("points")
                        .get(0)
                        .path("details")
                        .get(1)
                        .asString())
                .startsWith("کشته‌ها: ");
        assertThat(english.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=300"));
        assertThat(inDari.headers().firstValue("ETag"))
                .isNotEqualTo(english.headers().firstValue("ETag"));
    }

    @Test
    void aCopyThatIsStillCurrentIsNotSentAgain() throws Exception {
        String url = markers.url(EventFilter.year(2018), Locale.ENGLISH);
        String eTag = get(url, null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(url, eTag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void moreAttacksThanTheBrowserClustersAreRefusedNotSent() throws Exception {
        assertThat(catalog.size()).isGreaterThan(60);

        HttpResponse<String> all = get(markers.url(EventFilter.allYears(), Locale.ENGLISH), null);

        assertThat(all.statusCode()).isEqualTo(413);
        assertThat(all.body()).contains("view by view");
    }

    @Test
    void anUnknownParameterIsRefusedWithItsName() throws Exception {
        HttpResponse<String> answer = get(MarkerPayloads.PATH + "?year=2018&zoom=3", null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).path("parameter").asString()).isEqualTo("zoom");
        assertThat(answer.body()).contains("digits").contains("v");
    }

    private HttpResponse<String> get(String pathAndQuery, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
