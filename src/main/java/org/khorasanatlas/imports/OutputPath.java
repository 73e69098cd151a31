package org.khorasanatlas.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file an import writes for {@code --out}. A symbolic link is followed to the file it names, which is then
 * replaced while the link stays a link (renaming over the link itself would turn it into a regular file and leave its
 * target stale); a link that leads nowhere is refused, since where it should lead is anyone's guess.
 */
final class OutputPath {

    private OutputPath() {}

    /** @throws IllegalArgumentException naming the problem, for a link to nothing */
    static Path resolve(Path out) throws IOException {
        if (!Files.isSymbolicLink(out)) {
            return out;
        }
        if (!Files.exists(out)) {
            throw new IllegalArgumentException(out + " is a symbolic link to " + Files.readSymbolicLink(out)
                    + ", which does not exist. Point the link at a file (or remove it), or choose another --out.");
        }
        return out.toRealPath();
    }
}
