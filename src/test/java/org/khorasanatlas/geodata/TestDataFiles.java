package org.khorasanatlas.geodata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** Data files for tests: the shipped geodata/ (as packed onto the classpath) and the bad-data fixtures. */
public final class TestDataFiles {

    private TestDataFiles() {}

    /** A shipped file by its path inside geodata/, e.g. {@code attacks.geojson}. */
    public static DataFile shipped(String path) {
        return new DataFile("geodata/" + path, new ClassPathResource("geodata/" + path));
    }

    /** A fixture under src/test/resources/bad-geodata/. */
    public static DataFile fixture(String path) {
        return new DataFile("bad-geodata/" + path, new ClassPathResource("bad-geodata/" + path));
    }

    /** A file a test wrote itself, e.g. into a {@code @TempDir}. */
    public static DataFile file(Path path) {
        return new DataFile(path.getFileName().toString(), new FileSystemResource(path));
    }

    /** A copy of a fixture with {@code inserted} written just before {@code marker}, e.g. bytes that are not UTF-8. */
    public static Path withBytesBefore(String fixture, String marker, byte[] inserted, Path target) throws IOException {
        String good = new String(fixture(fixture).bytes(), StandardCharsets.UTF_8);
        int at = indexOf(good, marker, fixture);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(good.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write(inserted);
            out.write(good.substring(at).getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }

    /**
     * A copy of a fixture with 50 MB of "A" written just before {@code marker}, so one text of it is 50 MB long:
     * written block by block, never held whole in memory.
     */
    public static Path fiftyMegabytesBefore(String fixture, String marker, Path target) throws IOException {
        String good = new String(fixture(fixture).bytes(), StandardCharsets.UTF_8);
        int at = indexOf(good, marker, fixture);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(good.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] block = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write(good.substring(at).getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }

    private static int indexOf(String text, String marker, String fixture) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("\"" + marker + "\" is not in " + fixture);
        }
        return at;
    }
}
