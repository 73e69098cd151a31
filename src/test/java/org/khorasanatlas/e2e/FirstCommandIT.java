package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's first command, run as a newcomer runs it, shows the product as its users see it: Vaadin in production
 * mode, with no development-mode popup, dev tools or Copilot over the dashboard. (Development mode is behind
 * {@code -Pdev}.) It starts a second Maven in this project, which finds everything built already: about 30 s.
 */
class FirstCommandIT {

    private static final Pattern FIRST_BASH_BLOCK = Pattern.compile("```bash\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    /** What development mode adds to the page: the dev tools and Copilot, which sit over the dashboard. */
    private static final List<String> DEVELOPMENT_CHROME = List.of("vaadin-dev-tools", "copilot", "@vite/client");

    @Test
    void theReadmesRunCommandServesTheProductionFrontend() throws Exception {
        Path basedir = RunningApp.targetDir().getParent();
        String command = firstCommand(Files.readString(basedir.resolve("README.md")));
        assertThat(command).as("the README's first command").isEqualTo("./mvnw spring-boot:run");

        int port = freePort();
        Path log = RunningApp.targetDir().resolve("first-command.log");
        // Offline: the build that runs this test has fetched everything the command needs.
        List<String> maven = new ArrayList<>(
                List.of("./mvnw", "-o", "spring-boot:run", "-Dspring-boot.run.arguments=--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(maven)
                .directory(basedir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        try {
            String page = awaitPage(process, URI.create("http://localhost:" + port + "/"), log);

            assertThat(page).as("the page's HTML").contains("VAADIN/build/");
            for (String chrome : DEVELOPMENT_CHROME) {
                assertThat(page)
                        .as("the page's HTML holds no development-mode chrome")
                        .doesNotContainIgnoringCase(chrome);
            }
            assertThat(Files.readString(log))
                    .contains("Vaadin is running in production mode")
                    .doesNotContain("DEVELOPMENT mode");
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static String firstCommand(String readme) {
        Matcher block = FIRST_BASH_BLOCK.matcher(readme);
        assertThat(block.find()).as("README.md has a ```bash block").isTrue();
        return block.group(1).strip();
    }

    private static String awaitPage(Process process, URI uri, Path log) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("./mvnw spring-boot:run ended with code " + process.exitValue()
                        + " before the page answered; see " + log);
            }
            try {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // still building or starting
            }
            // Polling a starting process: nothing to wait on but time.
            Thread.sleep(500);
        }
        throw new AssertionError(
                "./mvnw spring-boot:run did not answer on " + uri + " within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
