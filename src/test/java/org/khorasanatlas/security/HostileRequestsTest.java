package org.khorasanatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The smaller findings of the hostile probe, over real HTTP: each request here once gave a 500, an error with a stack
 * trace or a forged line in the log, an answer far bigger than the question, or a wrong status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theOldBrowserPageWithoutASessionIsRefusedNotAServerError() throws Exception {
        assertThat(send(get("/?v-r=oldbrowser")).statusCode()).isEqualTo(400);
    }

    @Test
    void anEncodedLineBreakInAPathCannotForgeALogLine(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = send(get("/VAADIN/..%0aFORGED%20ERROR%20line/x.js"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("FORGED"));
    }

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        assertThat(send(get("/")).headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1,2]", "{\"csrfToken\":\"x\",\"rpc\":\"x\"}", "{\"syncId\":\"one\"}", ""})
    void aMalformedVaadinMessageIsRefusedWithoutAnErrorInTheLog(String body, CapturedOutput output) throws Exception {
        String cookie =
                send(get("/")).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(send(get("/?v-r=init&location=&query=").header("Cookie", cookie))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aBodyThatNothingReadsIsRefusedUnread() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?year=2021"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + "b".repeat(10_000))));

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aDoubleSlashInAnApiPathIsNotFoundRatherThanAWrongMethod() throws Exception {
        HttpResponse<String> answer = send(get("/api//events"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Allow")).isEmpty();
    }

    /** 700 unknown parameters, 6.9 KB: the refusal listed each with the known names, 157 KB. */
    @Test
    void aLongQueryOfUnknownParametersGetsAShortAnswer() throws Exception {
        String query = IntStream.range(0, 700).mapToObj(i -> "p" + i + "=xyz").collect(Collectors.joining("&"));

        HttpResponse<String> answer = send(get("/api/events?" + query));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"moreProblems\":680").hasSizeLessThan(query.length() * 2);
    }

    @Test
    void csvDownloadsAreCompressed() throws Exception {
        HttpResponse<byte[]> answer = http.send(
                get("/api/events.csv").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
