package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data is text, never markup: a second instance of the app reads a copy of the data where one attack's texts
 * are HTML and script. The page must show them literally and run none of it.
 */
@E2ETest
class HostileDataIT {

    static final String NAME = "<img src=x onerror=\"window.__pwned='name'\">Airport <script>window.__pwned='script'</script>";
    static final String PLACE = "<b>Gate</b> <svg onload=\"window.__pwned='place'\"></svg>";
    static final String CLAIM_NOTE = "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe> claim note";
    static final String SOURCE_TITLE = "<img src=x onerror=\"window.__pwned='source'\"> report";

    private static RunningApp hostileApp;

    @BeforeAll
    static void startAppOnHostileData() throws IOException {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path copy = RunningApp.targetDir().resolve("e2e-hostile-geodata");
        copyData(base.resolve("geodata"), copy);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode root = json.readTree(copy.resolve("attacks.geojson").toFile());
        for (JsonNode feature : root.get("features")) {
            if (feature.get("id").asString().equals(DashboardIT.KABUL_AIRPORT)) {
                ObjectNode properties = (ObjectNode) feature.get("properties");
                properties.put("name", NAME);
                properties.put("place", PLACE);
                ((ObjectNode) properties.get("claim")).put("note", CLAIM_NOTE);
                ((ObjectNode) properties.get("sources").get(0)).put("title", SOURCE_TITLE);
            }
        }
        json.writeValue(copy.resolve("attacks.geojson").toFile(), root);
        hostileApp = RunningApp.start("e2e-app-hostile",
                List.of("--atlas.data.location=file:" + copy.toAbsolutePath() + "/"));
    }

    @AfterAll
    static void stopApp() {
        if (hostileApp != null) {
            hostileApp.close();
        }
    }

    @Test
    void markupInTheDataIsShownAsTextAndNeverRuns(AtlasPage atlas) {
        Page page = atlas.useApp(hostileApp.baseUri()).page();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        atlas.open("/?year=2021");

        var marker = atlas.revealMarker(AttackData.load().byId(DashboardIT.KABUL_AIRPORT));
        assertThat(atlas.markerIcon(DashboardIT.KABUL_AIRPORT)).hasAttribute("aria-label",
                Pattern.compile("^" + Texts.literal(NAME)));
        marker.hover();
        assertThat(page.locator(".leaflet-tooltip .flm-tooltip-title")).hasText(NAME);
        marker.click();

        assertThat(page.locator("#attack-card-title")).hasText(NAME);
        assertThat(page.locator("#attack-card")).containsText(PLACE);
        assertThat(page.locator("#attack-card")).containsText(CLAIM_NOTE);
        assertThat(page.locator("#attack-card a").first()).containsText(SOURCE_TITLE);
        assertThat(page.locator("#attack-card script, #attack-card img, #attack-card svg, #attack-card iframe,"
                + " #attack-card b")).hasCount(0);
        assertThat(page.locator(".leaflet-tooltip img, .leaflet-tooltip script")).hasCount(0);
        atlas.screenshot("hostile-data-card");

        assertEquals("undefined", page.evaluate("() => typeof window.__pwned"));
        assertTrue(dialogs.isEmpty(), "dialogs: " + dialogs);
    }

    /** Copies a geodata folder (without its build scripts) for an app instance that reads changed data. */
    static void copyData(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (relative.startsWith("scripts")) {
                    continue;
                }
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
