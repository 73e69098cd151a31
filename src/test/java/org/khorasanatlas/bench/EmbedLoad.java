package org.khorasanatlas.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load of /embed: {@code concurrency} readers, each loading the page again and again until
 * {@code loads} loads are done. A load is every same-origin request a first visit made (the page, its script and
 * styles, the base map, the API calls), one after another, with an empty cache, so each load costs the server what
 * a new reader does. Any answer but 200 is an error; a {@code Set-Cookie} would mean a session per reader.
 */
final class EmbedLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ERRORS_KEPT = 5;

    /** What the load measured: per-load milliseconds, requests, bytes, errors (a few kept) and cookies seen. */
    record Result(
            Samples loadMs,
            int requests,
            long bytes,
            Duration took,
            int errors,
            List<String> firstErrors,
            int cookies) {

        double loadsPerSecond() {
            return loadMs.values().size() / (took.toNanos() / 1e9);
        }

        double requestsPerSecond() {
            return requests / (took.toNanos() / 1e9);
        }
    }

    private EmbedLoad() {}

    /** {@code variants}: the request lists loads take in turn (one per year, say). */
    static Result run(List<List<URI>> variants, int loads, int concurrency) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger cookies = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < concurrency; r++) {
            readers.add(Thread.ofVirtual().start(() -> {
                for (int load = next.getAndIncrement(); load < loads; load = next.getAndIncrement()) {
                    long loadStart = System.nanoTime();
                    boolean failed = false;
                    for (URI uri : variants.get(load % variants.size())) {
                        String error = fetch(http, uri, requests, bytes, cookies);
                        if (error != null) {
                            failed = true;
                            if (firstErrors.size() < ERRORS_KEPT) {
                                firstErrors.add(error);
                            }
                        }
                    }
                    if (failed) {
                        errors.incrementAndGet();
                    }
                    times.add((System.nanoTime() - loadStart) / 1e6);
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(
                Samples.of(List.copyOf(times)),
                requests.get(),
                bytes.get(),
                took,
                errors.get(),
                List.copyOf(firstErrors),
                cookies.get());
    }

    /** One request; null when it answered 200, else what went wrong. */
    private static String fetch(
            HttpClient http, URI uri, AtomicInteger requests, AtomicLong bytes, AtomicInteger cookies) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept-Encoding", "gzip")
                .build();
        requests.incrementAndGet();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            bytes.addAndGet(response.body().length);
            if (response.headers().firstValue("Set-Cookie").isPresent()) {
                cookies.incrementAndGet();
            }
            return response.statusCode() == 200 ? null : response.statusCode() + " " + uri.getPath();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " " + uri.getPath();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted " + uri.getPath();
        }
    }
}
