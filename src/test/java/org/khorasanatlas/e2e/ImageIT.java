package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image Jib writes with {@code ./mvnw -Pimage verify} (the profile names the tarball in
 * {@code image.tar}; without it this test does not run): its configuration is what docs/container.md says, it holds
 * the data and the production frontend but not development mode, and what it holds starts and answers its probes
 * (run with this build's JVM in place of the base image's, which may be {@code scratch} here).
 */
@EnabledIfSystemProperty(named = "image.tar", matches = ".+")
class ImageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CONFIG_ROW = Pattern.compile("^\\| (\\w+) \\| `([^`]+)`", Pattern.MULTILINE);

    private static Path root;
    private static JsonNode config;

    @BeforeAll
    static void unpack() throws IOException {
        Path tarball = Path.of(System.getProperty("image.tar"));
        assertThat(tarball).as("the image tarball (./mvnw -Pimage package)").isRegularFile();
        root = RunningApp.targetDir().resolve("image-root");
        deleteRecursively(root);
        Path image = root.resolve("image");
        try (InputStream in = Files.newInputStream(tarball)) {
            Tarball.unpack(in, image);
        }
        JsonNode manifest =
                JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(image.resolve(manifest.get("Config").asString()).toFile())
                .get("config");
        for (JsonNode layer : manifest.get("Layers")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(image.resolve(layer.asString())))) {
                Tarball.unpack(in, root.resolve("fs"));
            }
        }
    }

    @Test
    void itsConfigurationIsWhatDocsContainerMdSays() throws IOException {
        Map<String, String> documented = documentedConfig();

        assertThat(config.get("User").asString())
                .isEqualTo(documented.get("user"))
                .doesNotStartWith("0")
                .isNotEqualTo("root");
        assertThat(config.get("ExposedPorts").propertyNames()).containsExactly(documented.get("ports") + "/tcp");
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
        assertThat(String.join(" ", entrypoint)).isEqualTo(documented.get("entrypoint"));
        List<String> environment = new ArrayList<>();
        config.get("Env").forEach(variable -> environment.add(variable.asString()));
        assertThat(environment).contains(documented.get("environment"));
    }

    @Test
    void itHoldsTheDataAndTheProductionFrontendButNotDevelopmentMode() throws IOException {
        Path app = root.resolve("fs/app");
        assertThat(app.resolve("resources/geodata/attacks.geojson")).isRegularFile();
        assertThat(app.resolve("resources/META-INF/VAADIN/webapp/index.html")).isRegularFile();
        try (Stream<Path> libraries = Files.list(app.resolve("libs"))) {
            assertThat(libraries.map(library -> library.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("vaadin-spring-boot-starter"))
                    .noneMatch(name -> name.startsWith("vaadin-dev") || name.contains("copilot"));
        }
    }

    @Test
    void whatItHoldsStartsInProductionModeAndPassesItsHealthCheck() throws Exception {
        Path app = root.resolve("fs/app");
        int port = freePort();
        String classPath =
                Files.readString(app.resolve("jib-classpath-file")).strip().replace("/app/", app + "/");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = RunningApp.targetDir().resolve("image-app.log");
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", classPath, "org.khorasanatlas.KhorasanAtlasApplication")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        Process process = builder.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpResponse<String> page = awaitOk(process, base.resolve("/"), log);
            assertThat(page.body()).contains("VAADIN/build/").doesNotContainIgnoringCase("copilot");
            assertThat(Files.readString(log)).contains("Vaadin is running in production mode");

            ProcessBuilder check = new ProcessBuilder(java, "-cp", classPath, "org.khorasanatlas.ops.HealthCheck")
                    .redirectErrorStream(true);
            check.environment().put("PORT", String.valueOf(port));
            Process health = check.start();
            String said = new String(health.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(health.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(health.exitValue())
                    .as("the health check's exit code; it said: " + said)
                    .isZero();
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The rows of the table after the {@code image:config} marker in docs/container.md. */
    private static Map<String, String> documentedConfig() throws IOException {
        String doc = Files.readString(RunningApp.targetDir().getParent().resolve("docs/container.md"));
        int marker = doc.indexOf("<!-- image:config");
        assertThat(marker).as("docs/container.md has the image:config table").isNotNegative();
        String table = doc.substring(marker, doc.indexOf("\n\n", marker));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = CONFIG_ROW.matcher(table);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        assertThat(rows).containsOnlyKeys("user", "ports", "entrypoint", "environment");
        return rows;
    }

    private static HttpResponse<String> awaitOk(Process process, URI uri, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The image's app exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                // still starting
            }
            // Polling a starting process: nothing to wait on but time.
            Thread.sleep(250);
        }
        throw new AssertionError("The image's app did not answer on " + uri + "; see " + log);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
