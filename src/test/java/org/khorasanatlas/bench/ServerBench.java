package org.khorasanatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.khorasanatlas.e2e.RunningApp;

/**
 * Measurements of the server process: start-up (time to Spring's "Started" and to the first 200, with and
 * without a JDK AOT cache), heap in use after a full GC, and the heap each open browser tab keeps.
 */
final class ServerBench {

    /** One way of starting the jar. {@code jar} is the fat jar or the extracted one. */
    record Launch(String name, List<String> jvmOptions, Path jar) {}

    record Startup(Launch launch, Samples started, Samples ready) {}

    private static final Pattern PROCESS_RUNNING = Pattern.compile("process running for ([0-9.]+)\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Path benchDir;

    ServerBench(Path benchDir) {
        this.benchDir = benchDir;
    }

    /**
     * Starts and stops the jar {@code runs} times per launch, the launches taking turns so that changing load on
     * the machine hits them alike; what the JVM reports at "Started", and the first 200.
     */
    List<Startup> startups(List<Launch> launches, List<String> arguments, int runs, Duration timeout) {
        Map<Launch, Startup> results = new LinkedHashMap<>();
        launches.forEach(launch -> results.put(launch, new Startup(launch, Samples.NONE, Samples.NONE)));
        for (int run = 0; run < runs; run++) {
            for (Launch launch : launches) {
                Startup soFar = results.get(launch);
                try (RunningApp app = RunningApp.start(
                        "bench-" + launch.name(), launch.jvmOptions(), launch.jar(), arguments, timeout)) {
                    results.put(
                            launch,
                            new Startup(
                                    launch,
                                    soFar.started().plus(startedAfterMs(app.log())),
                                    soFar.ready().plus(app.readyAfter().toNanos() / 1e6)));
                } catch (IllegalStateException e) {
                    System.out.println("[bench] start-up failed: "
                            + e.getMessage().lines().findFirst().orElse(""));
                    results.put(
                            launch,
                            new Startup(
                                    launch,
                                    soFar.started().failed(),
                                    soFar.ready().failed()));
                }
            }
        }
        return List.copyOf(results.values());
    }

    /** The fat jar unpacked the way Spring Boot recommends for an AOT cache ({@code -Djarmode=tools extract}). */
    Path extract(Path jar) {
        Path destination = benchDir.resolve("extracted");
        deleteTree(destination);
        run(
                List.of(
                        java(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        destination.toString()),
                Duration.ofMinutes(2));
        return destination.resolve(jar.getFileName());
    }

    /**
     * A training run with {@code -XX:AOTCacheOutput}: the app starts fully, {@code exercise} uses it (opens the
     * page), and a graceful stop makes the JVM write the cache (JDK 25, JEP 514).
     */
    Path trainAotCache(Path extractedJar, List<String> arguments, Consumer<RunningApp> exercise) {
        Path cache = benchDir.resolve("app.aot");
        try {
            Files.deleteIfExists(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunningApp app = RunningApp.start(
                "bench-aot-training",
                List.of("-XX:AOTCacheOutput=" + cache),
                extractedJar,
                arguments,
                Duration.ofMinutes(3));
        try {
            exercise.accept(app);
        } finally {
            app.stop(Duration.ofMinutes(3)); // writing the cache at exit takes a while
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache; see " + app.log());
        }
        return cache;
    }

    /** Heap in use after two full collections, in bytes, as {@code jcmd GC.heap_info} reports it. */
    long heapUsedAfterGc(RunningApp app) {
        jcmd(app, "GC.run");
        jcmd(app, "GC.run");
        String info = jcmd(app, "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No 'used' figure in GC.heap_info:\n" + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(RunningApp app, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return run(List.of(jcmd.toString(), String.valueOf(app.pid()), command), Duration.ofMinutes(1));
    }

    private static double startedAfterMs(Path log) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Matcher matcher = PROCESS_RUNNING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return Double.parseDouble(matcher.group(1)) * 1000;
                }
                Thread.sleep(100); // the "Started" line may still be on its way to the log file
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No 'Started ... (process running for ...)' line in " + log);
    }

    /** Runs a short command to its end and returns what it printed; fails on a non-zero exit. */
    private static String run(List<String> command, Duration timeout) {
        try {
            Path output = Files.createTempFile("bench-command", ".txt");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.toList());
            Collections.reverse(all);
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
