package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.events.ShippedAttackFiles;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.imports.GedCsvTest.UcdpFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;

/**
 * What the import does about what happens around it: another import into the same file, a killed import's leftovers,
 * the file's mode and symbolic links, and control characters in the CSV.
 */
class ImportSafetyTest {

    private static final AttackEventReader READER = ShippedAttackFiles.reader();
    private static final AttackCatalog CURATED = ShippedAttackFiles.curated();
    /** The ids the reference sample and rules.csv keep (checked in UcdpImportCommandTest). */
    private static final int SAMPLE_KEPT = 21;

    private static final int RULES_KEPT = 6;

    @TempDir
    private Path folder;

    /**
     * Import A has read the old output and is still converting when import B starts. Before the lock, both reported
     * success and the file held only A's attacks. Now B is refused and says why; whatever ran to the end is whole.
     */
    @Test
    void twoImportsIntoOneFileNeverLoseRowsSilently() throws Exception {
        Path out = folder.resolve("ucdp.geojson");
        try (OutputStream empty = Files.newOutputStream(out)) {
            AttackGeoJson.write(List.of(), empty);
        }
        PausingReader pausing = new PausingReader();
        CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> run(
                new UcdpImportCommand(TestCountries.shipped(), pausing, CURATED),
                UcdpFiles.sample().toString(),
                "--out",
                out.toString()));
        assertThat(pausing.oldOutputRead.await(30, TimeUnit.SECONDS))
                .as("import A read the old output")
                .isTrue();

        Run second = run(command(), UcdpFiles.fixture("rules.csv").toString(), "--out", out.toString());
        pausing.resume.countDown();
        Run firstRun = first.get(60, TimeUnit.SECONDS);

        Set<String> written = READER.read(TestDataFiles.file(out)).stream()
                .map(AttackEvent::id)
                .collect(Collectors.toSet());
        assertThat(firstRun.exitCode).as(firstRun.err).isZero();
        assertThat(written).hasSizeGreaterThanOrEqualTo(SAMPLE_KEPT).contains("ucdp-194655", "ucdp-275159");
        if (second.exitCode == 0) {
            assertThat(written)
                    .as("the second import's attacks")
                    .contains("ucdp-9001")
                    .hasSize(SAMPLE_KEPT + RULES_KEPT);
        } else {
            assertThat(second.exitCode).isEqualTo(UcdpImportCommand.OUTPUT_BUSY);
            assertThat(second.err)
                    .contains("Another import into " + out + " is running")
                    .contains("Nothing was written");
            assertThat(written).hasSize(SAMPLE_KEPT);
        }
    }

    /** The lock is the operating system's, so it holds between processes as well as between threads. */
    @Test
    void anImportInAnotherProcessHoldsTheOutputToo() throws Exception {
        Path out = folder.resolve("ucdp.geojson");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader said =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("locked");

            Run run = run(command(), UcdpFiles.sample().toString(), "--out", out.toString());

            assertThat(run.exitCode).isEqualTo(UcdpImportCommand.OUTPUT_BUSY);
            assertThat(out).doesNotExist();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        assertThat(run(command(), UcdpFiles.sample().toString(), "--out", out.toString()).exitCode)
                .isZero();
    }

    @Test
    void theNextImportRemovesTheTemporaryFileOfAKilledOne() throws IOException {
        Path out = folder.resolve("ucdp.geojson");
        Path leftover = folder.resolve(".ucdp.geojson.8412517706129305921.tmp");
        Files.write(leftover, new byte[64 * 1024]);
        Path unrelated = folder.resolve(".other.geojson.1.tmp");
        Files.writeString(unrelated, "another output's");

        Run run = run(command(), UcdpFiles.sample().toString(), "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Removed 1 temporary file(s) that an interrupted import into " + out);
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsMode() throws IOException {
        Path out = folder.resolve("ucdp.geojson");

        run(command(), UcdpFiles.sample().toString(), "--out", out.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        Run again = run(command(), UcdpFiles.fixture("rules.csv").toString(), "--out", out.toString());
        assertThat(again.exitCode).as(again.err).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsUpdated() throws IOException {
        Path real = Files.createDirectories(folder.resolve("data")).resolve("ucdp.geojson");
        run(command(), UcdpFiles.sample().toString(), "--out", real.toString());
        Path link = Files.createSymbolicLink(folder.resolve("current.geojson"), real);

        Run run = run(command(), UcdpFiles.fixture("rules.csv").toString(), "--out", link.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(READER.read(TestDataFiles.file(real))).hasSize(SAMPLE_KEPT + RULES_KEPT);
    }

    @Test
    void aLinkToNothingIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("current.geojson"), folder.resolve("gone.geojson"));

        Run run = run(command(), UcdpFiles.sample().toString(), "--out", link.toString());

        assertThat(run.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(run.err).contains("is a symbolic link to").contains("which does not exist");
        assertThat(link).isSymbolicLink();
        assertThat(folder.resolve("gone.geojson")).doesNotExist();
    }

    /** ESC sequences that clear the screen and retitle the terminal, BEL, and a C1 control (CSI). */
    @Test
    void controlCharactersReachNeitherTheDataNorTheTerminal() throws IOException {
        String hostile = "\u001b[2J\u001b]0;pwned\u0007\u009b31m";
        Path csv = folder.resolve("hostile.csv");
        Files.writeString(
                csv,
                Files.readString(UcdpFiles.fixture("rules.csv"))
                        .replace("Dasht-e-Barchi", "Dasht-e-Barchi" + hostile)
                        .replace("Kabul district", "Kabul" + hostile));
        Path out = folder.resolve("ucdp.geojson");

        Run run = run(command(), csv.toString(), "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertNoControlCharacters(run.out + run.err);
        List<AttackEvent> written = READER.read(TestDataFiles.file(out));
        assertThat(written)
                .filteredOn(e -> e.id().equals("ucdp-9001"))
                .singleElement()
                .satisfies(e -> assertThat(e.place()).isEqualTo("Dasht-e-Barchi[2J]0;pwned31m, western Kabul"));
        written.forEach(e -> assertNoControlCharacters(e.name()
                + e.place()
                + e.admin1()
                + e.claim().note()
                + e.casualties().killedNote()
                + e.sources().getFirst().title()));

        Files.writeString(csv, Files.readString(csv).replace("2018-04-22 00:00:00.000", "2018-04-22" + hostile));
        Run refused = run(
                command(),
                csv.toString(),
                "--out",
                folder.resolve("other.geojson").toString());
        assertThat(refused.exitCode).isEqualTo(UcdpImportCommand.BAD_INPUT);
        assertThat(refused.err).contains("not a date (YYYY-MM-DD): \"2018-04-22[2J]0;pwned31m\"");
        assertNoControlCharacters(refused.err);
    }

    private static void assertNoControlCharacters(String text) {
        assertThat(text.chars()
                        .filter(c -> Character.isISOControl(c) && c != '\n')
                        .mapToObj(Integer::toHexString)
                        .toList())
                .as("control characters in: " + text)
                .isEmpty();
    }

    private static UcdpImportCommand command() {
        return new UcdpImportCommand(TestCountries.shipped(), READER, CURATED);
    }

    private static Run run(UcdpImportCommand command, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(ImportOptions.SOURCE));
        all.addAll(List.of(arguments));
        int exitCode = command.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {}

    /** Stops after its first read (the old output) until the test lets it go on. */
    private static final class PausingReader extends AttackEventReader {

        final CountDownLatch oldOutputRead = new CountDownLatch(1);
        final CountDownLatch resume = new CountDownLatch(1);
        private final AtomicBoolean paused = new AtomicBoolean();

        PausingReader() {
            super(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());
        }

        @Override
        public List<AttackEvent> read(DataFile file) {
            List<AttackEvent> events = super.read(file);
            if (paused.compareAndSet(false, true)) {
                oldOutputRead.countDown();
                try {
                    resume.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return events;
        }
    }
}
