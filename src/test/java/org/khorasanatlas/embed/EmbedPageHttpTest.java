package org.khorasanatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The /embed page over real HTTP: what a CDN and a browser in another site's iframe get. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedPageHttpTest {

    private static final Pattern CONFIG =
            Pattern.compile("<script type=\"application/json\" id=\"embed-config\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern ASSET = Pattern.compile("\"(embed/assets/[0-9a-f]{16}/embed\\.(js|css))\"");

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageIsCacheableSessionlessAndMayBeFramedByAnySite() throws Exception {
        HttpResponse<String> page = get("/embed?year=2021&event=2021-08-26-kabul-airport", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=300", "public"));
        assertThat(page.headers().firstValue("Set-Cookie"))
                .as("no session per reader")
                .isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors *", "default-src 'self'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String eTag = page.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/embed?year=2015", eTag);
        assertThat(again.statusCode()).as("one page for every filter").isEqualTo(304);
    }

    @Test
    void theDashboardStillRefusesOtherSitesFrames() throws Exception {
        for (String path : new String[] {"/", "/?year=2021", "/embed/assets/0/embed.js", "/embedded"}) {
            assertThat(get(path, null).headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("frame-ancestors 'self'").doesNotContain("frame-ancestors *"));
        }
    }

    @Test
    void theAssetsHaveVersionedUrlsKeptForGood() throws Exception {
        String html = get("/embed", null).body();
        Matcher asset = ASSET.matcher(html);
        int found = 0;
        while (asset.find()) {
            found++;
            HttpResponse<String> file = get("/" + asset.group(1), null);
            assertThat(file.statusCode()).as(asset.group(1)).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("immutable", "max-age=31536000"));
            assertThat(file.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type ->
                            assertThat(type).startsWith(asset.group(2).equals("js") ? "text/javascript" : "text/css"));
        }
        assertThat(found).isEqualTo(2);
        assertThat(get("/embed/assets/0123456789abcdef/embed.js", null).statusCode())
                .as("an old version")
                .isEqualTo(404);
    }

    @Test
    void theConfigurationGivesTheMapItsLayersLegendAndLabels() throws Exception {
        Matcher config = CONFIG.matcher(get("/embed", null).body());
        assertThat(config.find()).isTrue();
        JsonNode json = JsonMapper.builder().build().readTree(config.group(1));

        assertThat(json.at("/layers/pointLayers").size()).isEqualTo(1);
        assertThat(json.at("/layers/pointLayers/0/id").asString()).isEqualTo("attacks");
        assertThat(json.at("/layers/choroplethLayers").size()).isZero();
        assertThat(json.at("/layers/overlays").size()).as("the region").isPositive();
        assertThat(json.at("/legend/entries").size()).isEqualTo(4);
        assertThat(json.at("/colors/claimed").asString()).isEqualTo("#D55E00");
        assertThat(json.at("/labels/countries/AFG").asString()).isEqualTo("Afghanistan");
        assertThat(json.at("/labels/claims/suspected").asString()).isNotBlank();
        assertThat(json.at("/texts/embed.total").asString()).contains("{attacks}", "{killed}");
    }

    @Test
    void theLinksLanguageGivesThePageInItRightToLeftWithItsOwnTag() throws Exception {
        HttpResponse<String> english = get("/embed?year=2021", null);
        HttpResponse<String> dari = get("/embed?year=2021&lang=fa-AF", null);

        assertThat(dari.body())
                .contains(
                        "<html lang=\"fa-AF-u-nu-arabext\" dir=\"rtl\">",
                        "<h1 id=\"embed-title\">اطلس خراسان: حملات ISKP</h1>");
        Matcher config = CONFIG.matcher(dari.body());
        assertThat(config.find()).isTrue();
        JsonNode json = JsonMapper.builder().build().readTree(config.group(1));
        assertThat(json.at("/labels/countries/AFG").asString()).isEqualTo("افغانستان");
        assertThat(json.at("/legend/entries/0/label").asString()).doesNotContainPattern("[A-Za-z]");
        assertThat(english.body()).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(dari.headers().firstValue("ETag"))
                .isNotEqualTo(english.headers().firstValue("ETag"));
        assertThat(get("/embed?lang=xx", null).body())
                .as("a language we do not have")
                .contains("<html lang=\"en\"");
        // The dates' words from CLDR, for a browser without the language (Chromium has no Pashto).
        Matcher pashto = CONFIG.matcher(get("/embed?lang=ps", null).body());
        assertThat(pashto.find()).isTrue();
        JsonNode dates = JsonMapper.builder().build().readTree(pashto.group(1)).get("dates");
        assertThat(dates.get("day").asString()).isEqualTo("d MMMM y");
        assertThat(dates.get("solarHijriMonths").get(5).asString()).isEqualTo("وږی");
        assertThat(dates.get("months")).hasSize(12);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
