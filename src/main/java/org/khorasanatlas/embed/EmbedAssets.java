package org.khorasanatlas.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The /embed page's script and style sheet (built from {@code frontend/embed/} by {@code .ci/build-embed.sh} and
 * packed into the jar). Their URLs carry a hash of their contents, so a CDN and the browser may keep them for good
 * and a new build is fetched at once.
 */
@Component
class EmbedAssets {

    static final String SCRIPT = "embed.js";
    static final String STYLE = "embed.css";

    private final Map<String, byte[]> files;
    private final String version;

    EmbedAssets() {
        this.files = Map.of(SCRIPT, read(SCRIPT), STYLE, read(STYLE));
        this.version = hash(files.get(SCRIPT), files.get(STYLE));
    }

    /** A hash of both files: part of their URLs and of the page's ETag. */
    String version() {
        return version;
    }

    /** {@code embed/assets/<version>/<name>}, relative to the page at /embed. */
    String url(String name) {
        return "embed/assets/" + version + "/" + name;
    }

    /** The file asked for, if that version is the one this server has. */
    Optional<Resource> file(String askedVersion, String name) {
        return askedVersion.equals(version) && files.containsKey(name)
                ? Optional.of(new ByteArrayResource(files.get(name)))
                : Optional.empty();
    }

    private static byte[] read(String name) {
        try (InputStream in = EmbedAssets.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("org/khorasanatlas/embed/assets/" + name
                        + " is missing from the class path: run .ci/build-embed.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
