package org.khorasanatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/?year=2021", "/geodata/basemap/countries.geojson", "/no-such-page", "/actuator/health"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void onlyTheHealthCheckIsExposed() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details");
        for (String hidden : new String[] {
            "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/mappings"
        }) {
            // Unknown paths fall through to Vaadin, which answers with its page shell (and shows "not found").
            HttpResponse<String> response = get(hidden);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(hidden)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(hidden).doesNotContain("propertySources", "\"beans\"", "\"contexts\"");
        }
    }

    @Test
    void tileServerOriginsBecomeCspSources() {
        assertThat(SecurityHeaders.origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(SecurityHeaders.origin("https://{s}.Tiles.example.org:8443/{z}/{x}/{y}.png?key=1"))
                .isEqualTo("https://*.tiles.example.org:8443");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
