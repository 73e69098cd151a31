package org.khorasanatlas.imports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One import at a time into an output file: an exclusive lock on a hidden file beside it, held from reading the old
 * output to the rename of the new one. Without it, two imports into one file each read the old output, and the one
 * that renamed last silently dropped the other's attacks. The operating system releases the lock when the process
 * ends, however it ends; the lock file itself stays (deleting it would let a third import lock a new file while a
 * second still waits on the old one).
 */
final class ImportLock implements AutoCloseable {

    private final FileChannel channel;

    private ImportLock(FileChannel channel) {
        this.channel = channel;
    }

    static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /** @return the lock, or empty when another import (in this or another process) holds it */
    static Optional<ImportLock> tryLock(Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(fileFor(output), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new ImportLock(channel));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another import in this JVM holds it: the same answer as another process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    /** Closing the channel releases the lock. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
