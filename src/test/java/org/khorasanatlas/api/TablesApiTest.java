package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.table.AttackRows;
import org.khorasanatlas.table.ProvinceRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of the dashboard's tables as the browser fetches them: over real HTTP, from the URL the page makes
 * plus the table's sort and page, in the page's language, cached like the API's answers and read as strictly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TablesApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private AttackCatalog catalog;

    @Autowired
    private AttackRows attacks;

    @Autowired
    private ProvinceRows provinces;

    @Test
    void theProvincesOfAFilterComeHardestHitFirstWithTheFiguresOfTheApi() throws Exception {
        EventFilter year = EventFilter.year(2018);
        Map<String, CasualtySummary> expected = catalog.summaryByProvince(year);

        HttpResponse<String> answer = get(provinces.url(year, Locale.ENGLISH), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(answer.body());
        assertThat(page.path("rows").valueStream().map(row -> row.path("id").asString()))
                .containsExactlyElementsOf(expected.keySet());
        assertThat(page.path("sort").asString()).isEqualTo("attacks");
        assertThat(page.path("dir").asString()).isEqualTo("desc");
        CasualtySummary first = expected.values().iterator().next();
        assertThat(page.path("rows")
                        .get(0)
                        .path("cells")
                        .valueStream()
                        .map(cell -> cell.path("text").asString())
                        .skip(1))
                .containsExactly(
                        String.valueOf(first.attacks()),
                        String.valueOf(first.killed().low()),
                        String.valueOf(first.killed().best()),
                        String.valueOf(first.killed().high()));
    }

    @Test
    void aChosenProvinceKeepsItsRowWhenTheOtherFiltersLeaveItNoAttack() throws Exception {
        String kabul = catalog.summaryByProvince(EventFilter.allYears())
                .keySet()
                .iterator()
                .next();
        EventFilter noneThere =
                EventFilter.allYears().withProvinces(Set.of(kabul)).withMinKilled(100_000);

        JsonNode page = json.readTree(
                get(provinces.url(noneThere, Locale.ENGLISH), null).body());

        assertThat(page.path("rows").valueStream().map(row -> row.path("id").asString()))
                .containsExactly(kabul);
    }

    @Test
    void aDariPageGetsDariDigitsAndACachedCopyIsNotSentAgain() throws Exception {
        String url = attacks.url(EventFilter.year(2018), Language.DARI.locale(null)) + "&sort=killed&dir=desc";

        HttpResponse<String> answer = get(url, null);
        HttpResponse<String> again =
                get(url, answer.headers().firstValue("ETag").orElseThrow());

        assertThat(json.readTree(answer.body()).path("range").asString()).startsWith("ردیف‌های ۱ تا ");
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=300"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get(
                                url.replace("desc", "asc"),
                                answer.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .as("another sort is another answer")
                .isEqualTo(200);
    }

    @Test
    void aBadSortOrPageIsRefusedWithItsNameAndWhatIsKnown() throws Exception {
        HttpResponse<String> sort = get(AttackRows.PATH + "?year=2018&sort=colour", null);
        HttpResponse<String> page = get(ProvinceRows.PATH + "?page=two", null);
        HttpResponse<String> unknown = get(AttackRows.PATH + "?rows=5000", null);

        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(json.readTree(sort.body()).path("parameter").asString()).isEqualTo("sort");
        assertThat(json.readTree(sort.body()).path("message").asString()).contains("killed", "sources");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(json.readTree(page.body()).path("parameter").asString()).isEqualTo("page");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("around", "sort");
    }

    private HttpResponse<String> get(String pathAndQuery, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
