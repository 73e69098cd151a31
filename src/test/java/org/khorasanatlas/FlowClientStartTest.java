package org.khorasanatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flow's client (GWT) starts on DOMContentLoaded or on the first tick of a 50 ms timer that looks at the document's
 * state; Flow loads it long after that event, so each page load waited for the timer. vite.config.ts adds a look at
 * once. The bundles the app ships are built files committed to the repository: both must hold the change.
 */
class FlowClientStartTest {

    /** The timer, then a look at the document's state straight after it (whitespace removed: dev is not minified). */
    private static final Pattern CHECK_AFTER_TIMER = Pattern.compile(
            "setInterval\\(function\\(\\)\\{[^}]*\\.readyState[^}]*\\},\\w+\\);(if\\()?/loaded\\|complete/\\.test\\(\\w+\\.readyState\\)");

    @ParameterizedTest
    @ValueSource(strings = {"prod.bundle", "dev.bundle"})
    void theShippedClientLooksAtTheDocumentWithoutWaitingForItsTimer(String bundle) throws IOException {
        List<String> clients = flowClients(Path.of("src/main/bundles", bundle));

        assertThat(clients).as("FlowClient scripts in %s", bundle).hasSize(1);
        assertThat(CHECK_AFTER_TIMER.matcher(clients.getFirst()).find())
                .as("%s was built without vite.config.ts's flow-client-starts-at-once", bundle)
                .isTrue();
    }

    @Test
    void theCheckFailsOnTheClientAsVaadinShipsIt() {
        String asShipped =
                "var Hb=setInterval(function(){if(/loaded|complete/.test(mb.readyState)){Ib()}},kb)}client();";

        assertThat(CHECK_AFTER_TIMER.matcher(asShipped).find()).isFalse();
    }

    private static List<String> flowClients(Path bundle) throws IOException {
        List<String> scripts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().matches("webapp/VAADIN/build/FlowClient-[^/]*\\.js")) {
                    try (var in = zip.getInputStream(entry)) {
                        scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", ""));
                    }
                }
            }
        }
        return scripts;
    }
}
