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
 * stops the process (gracefully first). Public for the benchmark, which starts it with JVM options (an AOT
 * cache) and on big data sets, and reads its process id and start-up time.
 */
public final class RunningApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final URI baseUri;
    private final Thread shutdownHook;
    private Duration readyAfter;

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
        return start(name, List.of(), findJar(), extraArguments, START_TIMEOUT);
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar --server.port=... [arguments]} and waits up to {@code timeout} until
     * {@code /} answers 200; the log goes to target/{name}.log.
     */
    public static RunningApp start(
            String name, List<String> jvmOptions, Path jar, List<String> arguments, Duration timeout) {
        int port = freePort();
        Path log = targetDir().resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        System.out.println("[e2e] starting " + String.join(" ", command) + " (log: " + log + ")");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
        RunningApp app = new RunningApp(process, log, URI.create("http://localhost:" + port));
        try {
            app.awaitReady(timeout);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    public URI baseUri() {
        return baseUri;
    }

    public long pid() {
        return process.pid();
    }

    /** From starting the process to the first 200 on {@code /}. */
    public Duration readyAfter() {
        return readyAfter;
    }

    public Path log() {
        return log;
    }

    /** What a command run from the jar ({@code java -jar app.jar NAME ARGS...}) printed, and its exit code. */
    record CommandRun(int exitCode, String output) {}

    /** Runs the jar as a command, as a person would on a server, and waits for it to end. */
    static CommandRun runCommand(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", findJar().toString()));
        command.addAll(arguments);
        System.out.println("[e2e] running " + String.join(" ", command));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
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
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with code " + process.exitValue()
                        + " before it answered on " + baseUri + ". Its log ends:\n" + logTail());
            }
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    readyAfter = Duration.ofNanos(System.nanoTime() - started);
                    System.out.printf(
                            "[e2e] app ready on %s after %.1f s%n", baseUri, (System.nanoTime() - started) / 1e9);
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
                // Polling a starting process: nothing to wait on but time. Short, as the benchmark times start-up.
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
        }
        throw new IllegalStateException("The app did not answer 200 on " + baseUri + " within " + timeout + " (last: "
                + lastProblem + "). Its log ends:\n" + logTail());
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
        stop(Duration.ofSeconds(20));
    }

    /** Stops the app gracefully, forcibly if it has not exited within {@code grace}. */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
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

    public static Path targetDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
    }

    /** The repackaged jar in target/, or the one named by {@code -De2e.jar=...}. */
    public static Path findJar() {
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
