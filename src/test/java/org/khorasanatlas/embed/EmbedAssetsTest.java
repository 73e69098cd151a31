package org.khorasanatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class EmbedAssetsTest {

    /**
     * The committed script is built from frontend/leaflet/ and frontend/embed/; a change there without a rebuild
     * would serve the embed page an old map. Same hash as frontend/embed/build.mjs writes.
     */
    @Test
    void theCommittedAssetsAreBuiltFromTheCurrentSources() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : sources()) {
            digest.update((file.toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        String recorded = Files.readString(Path.of("src/main/resources/org/khorasanatlas/embed/assets/SOURCES"))
                .strip();

        assertThat(HexFormat.of().formatHex(digest.digest()))
                .as("run .ci/build-embed.sh and commit its output")
                .isEqualTo(recorded);
    }

    @Test
    void jsonInTheScriptBlockCannotCloseIt() {
        assertThat(EmbedPage.scriptSafe("{\"name\":\"</script><script>alert(1)</script>&amp;\"}"))
                .isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                        + "\\u0026amp;\"}")
                .doesNotContain("<", ">", "&");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> leaflet = Files.list(Path.of("frontend/leaflet"));
                Stream<Path> embed = Files.list(Path.of("frontend/embed"))) {
            return Stream.concat(leaflet, embed)
                    .sorted((a, b) -> a.toString()
                            .replace('\\', '/')
                            .compareTo(b.toString().replace('\\', '/')))
                    .toList();
        }
    }
}
