package org.khorasanatlas.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link ImportSafetyTest}: takes the import lock of the output named by its argument, says
 * "locked" (or "busy"), and holds it until its standard input closes.
 */
final class LockHolder {

    private LockHolder() {}

    public static void main(String[] args) throws IOException {
        try (var lock = ImportLock.tryLock(Path.of(args[0])).orElse(null)) {
            System.out.println(lock == null ? "busy" : "locked");
            System.out.flush();
            System.in.read();
        }
    }
}
