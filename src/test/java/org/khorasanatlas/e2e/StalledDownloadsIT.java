package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.bench.BenchData;

/**
 * Eight clients ask for the whole GeoJSON of 10,000 attacks (~10 MB, more than the sockets' buffers hold) and never
 * read it. Before, the downloads ran on Spring's pool of 8 threads with an unbounded queue, so a ninth download waited
 * until one of the stalled writes timed out (a minute). Now each download has its own virtual thread: the ninth
 * completes at once, and when the eight go away, nothing is logged as an error.
 */
class StalledDownloadsIT {

    private static final int STALLED = 8;
    private static final int ATTACKS = 10_000;
    private static final Duration NINTH_WITHIN = Duration.ofSeconds(10);

    @Test
    void stalledDownloadsBlockNoOneElse() throws Exception {
        Path base = RunningApp.targetDir().getParent();
        BenchData.Dataset data =
                new BenchData(base.resolve("geodata"), RunningApp.targetDir().resolve("bench")).synthetic(ATTACKS);
        try (RunningApp app = RunningApp.start(
                "stalled-downloads",
                List.of(),
                RunningApp.findJar(),
                List.of(data.dataArgument()),
                Duration.ofSeconds(120))) {
            List<Socket> stalled = new ArrayList<>();
            long logBefore = Files.size(app.log());
            try {
                for (int i = 0; i < STALLED; i++) {
                    stalled.add(requestWithoutReading(app, i % 2 == 0 ? "/api/events" : "/api/events.csv"));
                }
                // Time for the eight to fill their sockets' buffers and block in their writes.
                Thread.sleep(3_000);

                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                long started = System.nanoTime();
                HttpResponse<byte[]> ninth = http.send(
                        HttpRequest.newBuilder(app.baseUri().resolve("/api/events"))
                                .timeout(NINTH_WITHIN.multipliedBy(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                System.out.printf(
                        "[downloads] the ninth download (%.1f MB) took %d ms beside %d stalled ones%n",
                        ninth.body().length / 1e6, took.toMillis(), STALLED);

                assertThat(ninth.statusCode()).isEqualTo(200);
                assertThat(ninth.body().length).isGreaterThan(5_000_000);
                assertThat(took).isLessThan(NINTH_WITHIN);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
            // The eight writes now fail (the clients are gone): a client's business, not an error of the server's.
            Thread.sleep(3_000);
            assertThat(newLogLines(app.log(), logBefore)).noneMatch(line -> line.contains(" ERROR "));
        }
    }

    /** A download whose client reads nothing: a small receive buffer, so the server's writes soon block. */
    private static Socket requestWithoutReading(RunningApp app, String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(
                new InetSocketAddress(app.baseUri().getHost(), app.baseUri().getPort()));
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static List<String> newLogLines(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(
                        all,
                        (int) Math.min(from, all.length),
                        (int) Math.max(0, all.length - from),
                        StandardCharsets.UTF_8)
                .lines()
                .toList();
    }
}
