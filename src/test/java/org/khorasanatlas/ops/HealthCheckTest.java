package org.khorasanatlas.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class HealthCheckTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void upWhenTheProbeAnswers200WithStatusUp() throws IOException {
        assertThat(HealthCheck.isUp(serve(200, "{\"status\":\"UP\"}"))).isTrue();
    }

    @Test
    void downWhenTheProbeAnswers503() throws IOException {
        // Spring Boot's readiness probe while the app refuses traffic (starting, or shutting down gracefully).
        assertThat(HealthCheck.isUp(serve(503, "{\"status\":\"OUT_OF_SERVICE\"}")))
                .isFalse();
    }

    @Test
    void downWhenTheBodyIsNotUp() throws IOException {
        assertThat(HealthCheck.isUp(serve(200, "{\"status\":\"DOWN\"}"))).isFalse();
    }

    @Test
    void downWhenNothingListens() throws IOException {
        URI probe = serve(200, "{\"status\":\"UP\"}");
        server.stop(0);
        server = null;

        assertThat(HealthCheck.isUp(probe)).isFalse();
    }

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health/readiness");
    }
}
