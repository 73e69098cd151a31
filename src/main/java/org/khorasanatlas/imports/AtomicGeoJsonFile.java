package org.khorasanatlas.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.geodata.DataFile;
import org.springframework.core.io.FileSystemResource;

/**
 * Writes attacks to a geodata file all at once or not at all: into a temporary file beside the target, which is
 * read back with the app's own checks and only then renamed over the target in one atomic step. An import that
 * fails or is interrupted leaves the old file as it was (at worst a stray temporary file, never a half file).
 */
final class AtomicGeoJsonFile {

    private AtomicGeoJsonFile() {
    }

    /** @throws org.khorasanatlas.geodata.InvalidDataException if the written attacks do not pass the app's checks */
    static void write(Path target, List<AttackEvent> events, AttackEventReader reader) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                AttackGeoJson.write(events, out);
            }
            reader.read(new DataFile(target.getFileName().toString(), new FileSystemResource(temporary)));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
