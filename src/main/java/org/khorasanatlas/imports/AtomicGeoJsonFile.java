package org.khorasanatlas.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.geodata.DataFile;
import org.springframework.core.io.FileSystemResource;

/**
 * Writes attacks to a geodata file all at once or not at all: into a temporary file beside the target, which is
 * flushed to disk, read back with the app's own checks and only then renamed over the target in one atomic step
 * (and the folder flushed, so the rename survives a power cut too). An import that fails or is interrupted leaves
 * the old file as it was; a temporary file that a killed import left behind is removed by the next one
 * ({@link #removeTemporaries}). Callers hold the {@link ImportLock}.
 */
final class AtomicGeoJsonFile {

    /** A new file is readable by all (an app running as another user reads it), as a plain copy would be. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicGeoJsonFile() {}

    /** @throws org.khorasanatlas.geodata.InvalidDataException if the written attacks do not pass the app's checks */
    static void write(Path target, List<AttackEvent> events, AttackEventReader reader) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, temporaryPrefix(target), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                AttackGeoJson.write(events, out);
            }
            // fsync reaches the file's data through any descriptor (the writer closes its stream itself).
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            reader.read(new DataFile(target.getFileName().toString(), new FileSystemResource(temporary)));
            if (isPosix()) {
                // createTempFile makes the file 0600; keep the old file's mode, or give a new one 0644.
                Files.setPosixFilePermissions(
                        temporary, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes the temporary files that imports into {@code target} left behind when they were killed. Only call it
     * holding the target's {@link ImportLock}: then no other import is writing one.
     *
     * @return how many were removed
     */
    static int removeTemporaries(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(
                folder,
                path -> path.getFileName().toString().startsWith(temporaryPrefix(target))
                        && path.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                removed++;
            }
        }
        return removed;
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Flushes the folder's entry for the renamed file; only POSIX systems can open a folder for that. */
    private static void forceFolder(Path folder) throws IOException {
        if (isPosix()) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }
}
