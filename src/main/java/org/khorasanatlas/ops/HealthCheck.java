package org.khorasanatlas.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A container health check that needs nothing but the image's JVM (the base image may have no curl or wget):
 * {@code java -cp @/app/jib-classpath-file org.khorasanatlas.ops.HealthCheck} exits 0 when the app's readiness
 * probe answers 200 with status UP, 1 otherwise. Runs without Spring, so it starts in well under a second.
 */
public final class HealthCheck {

    private static final int TIMEOUT_MILLIS = 3000;

    private HealthCheck() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        URI probe = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health/readiness");
        boolean up = isUp(probe);
        System.out.println(probe + (up ? ": UP" : ": not up"));
        System.exit(up ? 0 : 1);
    }

    /** Whether {@code probe} answers 200 with a body whose status is UP; any failure to connect counts as down. */
    static boolean isUp(URI probe) {
        try {
            HttpURLConnection connection = (HttpURLConnection) probe.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            try {
                if (connection.getResponseCode() != HttpURLConnection.HTTP_OK) {
                    return false;
                }
                try (InputStream body = connection.getInputStream()) {
                    String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
                    return text.replace(" ", "").contains("\"status\":\"UP\"");
                }
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
