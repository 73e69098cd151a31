package org.khorasanatlas.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * After a failed test, the threads of the app the page was on, virtual ones too (from {@code jcmd}): a page that stops
 * answering may be a server that hangs or a browser that does, and only the server's threads tell them apart.
 */
final class AppThreads {

    private AppThreads() {}

    /** Writes target/e2e-threads-{test}.txt; says so, or why not, on the console. */
    static void dump(URI app, String testName) {
        String port = "--server.port=" + app.getPort();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> List.of(arguments).contains(port))
                        .orElse(false))
                .findFirst()
                .ifPresentOrElse(
                        process -> {
                            Path out = RunningApp.targetDir().resolve("e2e-threads-" + testName + ".txt");
                            try {
                                // Thread.dump_to_file, not Thread.print: the app serves requests on virtual threads.
                                Process dump = new ProcessBuilder(
                                                jcmd.toString(),
                                                String.valueOf(process.pid()),
                                                "Thread.dump_to_file",
                                                "-overwrite",
                                                out.toString())
                                        .redirectErrorStream(true)
                                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                        .start();
                                if (dump.waitFor(30, TimeUnit.SECONDS)) {
                                    System.out.println("[e2e] the app's threads after the failure: " + out);
                                } else {
                                    dump.destroyForcibly();
                                    System.out.println("[e2e] jcmd did not answer within 30 s");
                                }
                            } catch (IOException e) {
                                System.out.println("[e2e] could not dump the app's threads: " + e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        () -> System.out.println("[e2e] no app process with " + port + " to dump"));
    }
}
