package org.khorasanatlas.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Unpacks a tar stream (ustar with PAX headers, as Jib writes image tarballs and layers): directories and regular
 * files only, which is all an image built by Jib holds. The test class path has no archive library.
 */
final class Tarball {

    private static final int BLOCK = 512;

    private Tarball() {}

    static void unpack(InputStream in, Path target) throws IOException {
        String paxPath = null;
        byte[] header;
        while ((header = in.readNBytes(BLOCK)).length == BLOCK && header[0] != 0) {
            String octalSize = text(header, 124, 12).trim();
            long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
            char type = (char) header[156];
            String name = paxPath != null ? paxPath : join(text(header, 345, 155), text(header, 0, 100));
            paxPath = null;
            if (type == 'x') {
                paxPath = paxValue(new String(in.readNBytes((int) size), StandardCharsets.UTF_8), "path");
            } else if (type == '0' || type == 0) {
                Path file = inside(target, name);
                Files.createDirectories(file.getParent());
                Files.copy(new LimitedStream(in, size), file, StandardCopyOption.REPLACE_EXISTING);
            } else if (type == '5') {
                Files.createDirectories(inside(target, name));
            } else {
                in.skipNBytes(size);
            }
            in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
        }
    }

    private static Path inside(Path target, String name) throws IOException {
        Path file = target.resolve(name).normalize();
        if (!file.startsWith(target)) {
            throw new IOException("Tar entry outside its folder: " + name);
        }
        return file;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** A PAX record is "LENGTH KEY=VALUE\n". */
    private static String paxValue(String records, String key) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith(key + "=", space + 1)) {
                return record.substring(space + 2 + key.length());
            }
        }
        return null;
    }

    /** The next {@code size} bytes of a stream, without closing it. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedStream(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
