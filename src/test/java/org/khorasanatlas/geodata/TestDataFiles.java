package org.khorasanatlas.geodata;

import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** Data files for tests: the shipped geodata/ (as packed onto the classpath) and the bad-data fixtures. */
public final class TestDataFiles {

    private TestDataFiles() {
    }

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
}
