package org.khorasanatlas.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections that each send a request body one byte at a time: Vaadin messages to an open tab (which Vaadin reads),
 * form posts to the page and posts to the API (which nothing should read), in the proportions 3:1:1. Public for the
 * hostile-load benchmark.
 */
public final class SlowBodies implements AutoCloseable {

    private static final int DECLARED_LENGTH = 100_000;

    private final List<Socket> sockets;

    private SlowBodies(List<Socket> sockets) {
        this.sockets = sockets;
    }

    /** Opens a tab (for the Vaadin messages to go to), then {@code connections} connections that start a body. */
    public static SlowBodies open(URI app, int connections) {
        RawHttp http = new RawHttp(app);
        String cookie = http.get("/", null).sessionCookie();
        if (!new VaadinClient(http, cookie).open()) {
            throw new IllegalStateException("no tab to send Vaadin messages to");
        }
        List<Socket> sockets = new ArrayList<>();
        SlowBodies bodies = new SlowBodies(sockets);
        try {
            for (int i = 0; i < connections; i++) {
                String target = i % 5 == 0 ? "/api/events" : i % 5 == 1 ? "/?year=2021" : "/?v-r=uidl&v-uiId=0";
                sockets.add(startPost(app, target, cookie));
            }
        } catch (IOException e) {
            bodies.close();
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

    /** One more byte on each connection the server has not closed; returns how many are still open. */
    public int trickle() {
        int open = 0;
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
                open++;
            } catch (IOException closedByTheServer) {
                // refused without reading: exactly what should happen to a body nothing takes
            }
        }
        return open;
    }

    /**
     * Asks for the API, the health check and the page once each, as a visitor would; returns those that did not
     * answer 200 within {@code within}, each described after {@code label}.
     */
    public static List<String> slowAnswers(URI app, Duration within, String label) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> slow = new ArrayList<>();
        for (String path : List.of("/api/summary?year=2021", "/actuator/health", "/")) {
            long started = System.nanoTime();
            int status;
            try {
                status = http.send(
                                HttpRequest.newBuilder(app.resolve(path))
                                        .timeout(within.multipliedBy(3))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException timedOut) {
                status = 0;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (status != 200 || took.compareTo(within) > 0) {
                slow.add(label + " " + path + ": HTTP " + status + " after " + took.toMillis() + " ms");
            }
        }
        return slow;
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                // nothing to release
            }
        }
    }

    private static Socket startPost(URI app, String target, String cookie) throws IOException {
        Socket socket = new Socket(app.getHost(), app.getPort());
        String type = target.contains("v-r=uidl") ? "application/json" : "application/x-www-form-urlencoded";
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\nContent-Type: " + type
                        + "\r\nContent-Length: " + DECLARED_LENGTH + "\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
