package org.khorasanatlas.e2e;

import java.io.IOException;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production jar, started once as a separate process on a free port, exactly as it is shipped. Closing it
 * stops the process (gracefully first).
 */
final class RunningApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final Thread shutdownHook;

    private RunningApp(Process process, Path log, URI baseUri) {
        this.process = process;
        this.log = log;
        this.baseUri = baseUri;
        this.shutdownHook = new Thread(process::destroyForcibly, "stop-khorasan-atlas");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the jar in {@code target/} (or {@code -De2e.jar=...}) and waits until {@code /} answers 200. */
    static RunningApp start() {
        return start("e2e-app", List.of());
    }

    /** As {@link #start()}, with more Spring Boot arguments and the log in target/{name}.log. */
    static RunningApp start(String name, List<String> extraArguments) {
        Path jar = findJar();
        int port = freePort();
        Path log = targetDir().resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(extraArguments);
        System.out.println("[e2e] starting " + String.join(" ", command) + " (log: " + log + ")");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
        RunningApp app = new RunningApp(process, log, URI.create("http://localhost:" + port));
        try {
            app.awaitReady();
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    URI baseUri() {
        return baseUri;
    }

    /** What a command run from the jar ({@code java -jar app.jar NAME ARGS...}) printed, and its exit code. */
    record CommandRun(int exitCode, String output) {
    }

    /** Runs the jar as a command, as a person would on a server, and waits for it to end. */
    static CommandRun runCommand(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", findJar().toString()));
        command.addAll(arguments);
        System.out.println("[e2e] running " + String.join(" ", command));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The command did not end within " + START_TIMEOUT + ":\n" + output);
            }
            return new CommandRun(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void awaitReady() {
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/")).timeout(Duration.ofSeconds(5)).build();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with code " + process.exitValue()
                        + " before it answered on " + baseUri + ". Its log ends:\n" + logTail());
            }
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    System.out.printf("[e2e] app ready on %s after %.1f s%n", baseUri,
                            (System.nanoTime() - started) / 1e9);
                    return;
                }
                lastProblem = "HTTP " + status;
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
            try {
                Thread.sleep(250); // polling a starting process: nothing to wait on but time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
        }
        throw new IllegalStateException("The app did not answer 200 on " + baseUri + " within " + START_TIMEOUT
                + " (last: " + lastProblem + "). Its log ends:\n" + logTail());
    }

    /** The last lines the app wrote, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; nothing to undo
        }
        System.out.println("[e2e] app stopped");
    }

    static Path targetDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
    }

    private static Path findJar() {
        String configured = System.getProperty("e2e.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(targetDir())) {
            files.filter(p -> p.getFileName().toString().startsWith("khorasan-atlas-"))
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
                    .forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + targetDir() + "; run `./mvnw verify`", e);
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("Expected one repackaged jar in " + targetDir() + " but found " + jars
                    + "; run `./mvnw verify` (or pass -De2e.jar=...)");
        }
        return jars.getFirst().toAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
