package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data is text, never markup: a second instance of the app reads a copy of the data where every text field of one
 * curated attack, of the profile and of one attack in an imported file ({@code atlas.data.imported}) is HTML, script
 * and {@code javascript:} URLs. The page must show them literally and run none of it (a script sets
 * {@code window.__pwned}; {@code alert} and the other dialogs are watched too), and every link on the page must be
 * http(s): source links with another scheme are refused when the data is read.
 */
@E2ETest
class HostileDataIT {

    static final String NAME =
            "<img src=x onerror=\"window.__pwned='name'\">Airport <script>window.__pwned='script'</script>";
    static final String PLACE = "<b>Gate</b> <svg onload=\"window.__pwned='place'\"></svg>";
    static final String CLAIM_NOTE = "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe> claim note";
    static final String SOURCE_TITLE = "<img src=x onerror=\"window.__pwned='source'\"> report";
    /** Imported: alone on the map in 2015 (IS – Civilians in Rawalpindi), so never in a cluster. */
    static final String IMPORTED_ID = "ucdp-194824";

    static final String IMPORTED_FILE = "imported/hostile.geojson";

    /** Elements the hostile texts hold, looked for where the data is shown (the map itself draws with SVG). */
    private static final String INJECTED = Stream.of("#profile", "#attack-card", ".leaflet-tooltip", "atlas-row-table")
            .flatMap(place -> Stream.of("script", "img", "svg", "iframe", "b", "a[href^=javascript]")
                    .map(element -> place + " " + element))
            .collect(Collectors.joining(", "));

    @RegisterExtension
    static final SecondApp hostileApp = SecondApp.onChangedData("e2e-app-hostile", HostileDataIT::makeDataHostile);

    private static List<String> makeDataHostile(Path base, Path copy) throws IOException {
        JsonMapper json = JsonMapper.builder().build();

        JsonNode attacks = json.readTree(copy.resolve("attacks.geojson").toFile());
        ObjectNode airport = feature(attacks, DashboardIT.KABUL_AIRPORT);
        makeAttackHostile(airport, "attack");
        ObjectNode properties = (ObjectNode) airport.get("properties");
        properties.put("name", NAME);
        properties.put("place", PLACE);
        ((ObjectNode) properties.get("claim")).put("note", CLAIM_NOTE);
        ((ObjectNode) properties.get("sources").get(0)).put("title", SOURCE_TITLE);
        json.writeValue(copy.resolve("attacks.geojson").toFile(), attacks);

        JsonNode imported = json.readTree(base.resolve("src/test/resources/geodata/imported/ucdp-ged-sample.geojson")
                .toFile());
        makeAttackHostile(feature(imported, IMPORTED_ID), "imported");
        Files.createDirectories(copy.resolve(IMPORTED_FILE).getParent());
        json.writeValue(copy.resolve(IMPORTED_FILE).toFile(), imported);

        ObjectNode profile =
                (ObjectNode) json.readTree(copy.resolve("profile.json").toFile());
        makeProfileHostile(profile);
        json.writeValue(copy.resolve("profile.json").toFile(), profile);

        return List.of("--atlas.data.imported=" + IMPORTED_FILE);
    }

    @Test
    void markupInTheDataIsShownAsTextAndNeverRuns(AtlasPage atlas) {
        Page page = watched(atlas);
        List<String> dialogs = dialogs(page);
        atlas.open("/?year=2021");

        var marker = atlas.revealMarker(AttackData.load().byId(DashboardIT.KABUL_AIRPORT));
        assertThat(atlas.markerIcon(DashboardIT.KABUL_AIRPORT))
                .hasAttribute("aria-label", Pattern.compile("^" + Texts.literal(NAME)));
        marker.hover();
        assertThat(page.locator(".leaflet-tooltip .flm-tooltip-title")).hasText(NAME);
        marker.click();

        assertThat(page.locator("#attack-card-title")).hasText(NAME);
        assertThat(page.locator("#attack-card")).containsText(PLACE);
        assertThat(page.locator("#attack-card")).containsText(CLAIM_NOTE);
        assertThat(page.locator("#attack-card a").first()).containsText(SOURCE_TITLE);
        assertThat(page.locator("#attack-card")).containsText(hostile("attack", "claim.by"));
        assertThat(page.locator("#attack-card")).containsText(hostile("attack", "killed.note"));
        assertThat(page.locator(".leaflet-tooltip img, .leaflet-tooltip script"))
                .hasCount(0);
        atlas.screenshot("hostile-data-card");

        assertNothingRan(page, dialogs);
    }

    @Test
    void markupInTheDataIsShownAsTextOnTheEmbedPage(AtlasPage atlas) {
        Page page = watched(atlas);
        List<String> dialogs = dialogs(page);
        page.navigate(hostileApp
                .baseUri()
                .resolve("/embed?year=2021&event=" + DashboardIT.KABUL_AIRPORT)
                .toString());
        assertThat(page.locator("body")).hasAttribute("data-ready", "true");

        Locator card = page.locator("#embed-card");
        assertThat(page.locator("#embed-card-title")).hasText(NAME);
        assertThat(card).containsText(PLACE);
        assertThat(card).containsText(hostile("attack", "claim.by"));
        assertThat(card.locator("a").first()).containsText(SOURCE_TITLE);
        assertThat(page.locator("#embed-card script, #embed-card img, #embed-card svg, #embed-card iframe, "
                        + "#embed-card b, .leaflet-tooltip img, .leaflet-tooltip script"))
                .hasCount(0);
        assertThat(atlas.markerIcon(DashboardIT.KABUL_AIRPORT))
                .hasAttribute("aria-label", Pattern.compile("^" + Texts.literal(NAME)));
        atlas.screenshot("hostile-data-embed");

        assertNothingRan(page, dialogs);
    }

    @Test
    void markupInTheProfileIsShownAsTextAndNeverRuns(AtlasPage atlas) {
        Page page = watched(atlas);
        List<String> dialogs = dialogs(page);
        atlas.open("/");
        Locator sections = page.locator("#profile details");
        assertThat(sections.first()).isAttached();
        for (int i = 0; i < sections.count(); i++) {
            if (sections.nth(i).getAttribute("open") == null) {
                sections.nth(i).locator("summary").click();
            }
        }
        assertThat(page.locator("#profile details:not(:has(.fact))")).hasCount(0);
        Locator profile = page.locator("#profile");

        assertThat(profile.locator("h2")).hasText("The group: " + hostile("profile", "name"));
        assertThat(profile.locator(".aliases")).containsText(hostile("profile", "aliases[0]"));
        assertThat(sections.first()).containsText(hostile("profile", "sections[0].title"));
        assertThat(profile).containsText(hostile("profile", "sections[0].facts[0].heading"));
        assertThat(profile).containsText(hostile("profile", "sections[0].facts[0].when"));
        assertThat(profile).containsText(hostile("profile", "sections[0].facts[0].text"));
        assertThat(profile.locator("a").first()).containsText(hostile("profile", "source.publisher"));
        assertThat(profile.locator("a").first()).containsText(hostile("profile", "source.title"));
        atlas.screenshot("hostile-profile");

        assertNothingRan(page, dialogs);
    }

    @Test
    void markupInAnImportedFileIsShownAsTextAndNeverRuns(AtlasPage atlas) {
        Page page = watched(atlas);
        List<String> dialogs = dialogs(page);
        atlas.open("/?year=2015");
        String name = hostile("imported", "name");
        atlas.revealMarker(
                AttackData.load(hostileApp.data().resolve(IMPORTED_FILE)).byId(IMPORTED_ID));

        assertThat(atlas.markerIcon(IMPORTED_ID))
                .hasAttribute("aria-label", Pattern.compile("^" + Texts.literal(name)));
        atlas.marker(IMPORTED_ID).hover();
        assertThat(page.locator(".leaflet-tooltip .flm-tooltip-title")).hasText(name);
        atlas.marker(IMPORTED_ID).click();

        Locator card = page.locator("#attack-card");
        assertThat(page.locator("#attack-card-title")).hasText(name);
        assertThat(card).containsText(hostile("imported", "place"));
        assertThat(card).containsText(hostile("imported", "claim.by"));
        assertThat(card).containsText(hostile("imported", "claim.note"));
        assertThat(card).containsText(hostile("imported", "killed.note"));
        assertThat(card.locator("a").first()).containsText(hostile("imported", "source.title"));
        atlas.screenshot("hostile-imported-card");

        assertNothingRan(page, dialogs);
    }

    /** The page's links with a card and the profile's sections open; {@code a.href} is resolved. */
    @Test
    void everyLinkOnThePageIsHttp(AtlasPage atlas) {
        Page page = watched(atlas);
        atlas.open("/?year=2015");
        atlas.revealMarker(AttackData.load(hostileApp.data().resolve(IMPORTED_FILE))
                        .byId(IMPORTED_ID))
                .click();
        assertThat(page.locator("#attack-card a").first()).isVisible();
        Locator sections = page.locator("#profile summary");
        for (int i = 0; i < sections.count(); i++) {
            sections.nth(i).click();
        }
        assertThat(page.locator("#profile details:not(:has(.fact))")).hasCount(0);

        @SuppressWarnings("unchecked")
        List<String> hrefs =
                (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        assertTrue(hrefs.size() > 5, "links found: " + hrefs);
        assertEquals(
                List.of(),
                hrefs.stream().filter(href -> !href.matches("(?i)https?://.+")).toList(),
                "links that are not http(s)");
    }

    /** The text put into a field: markup, script and a javascript: URL, then the field's name. */
    static String hostile(String file, String field) {
        String mark = file + "." + field;
        return "<img src=x onerror=\"window.__pwned='" + mark + "'\"><script>window.__pwned='" + mark + "'</script>"
                + "<a href=\"javascript:window.__pwned='" + mark + "'\">link</a> " + mark;
    }

    /** Every free-text field of an attack in the data files' format. */
    private static void makeAttackHostile(ObjectNode feature, String file) {
        ObjectNode properties = (ObjectNode) feature.get("properties");
        for (String field : List.of("name", "place", "admin1")) {
            properties.put(field, hostile(file, field));
        }
        for (String part : List.of("killed", "injured", "claim")) {
            if (properties.get(part) instanceof ObjectNode object) {
                if (object.has("note")) {
                    object.put("note", hostile(file, part + ".note"));
                }
                if (object.has("by")) {
                    object.put("by", hostile(file, part + ".by"));
                }
            }
        }
        for (JsonNode source : properties.get("sources")) {
            ((ObjectNode) source).put("publisher", hostile(file, "source.publisher"));
            ((ObjectNode) source).put("title", hostile(file, "source.title"));
        }
    }

    /** Every text field of the profile: name, aliases, source publishers and titles, section titles, facts. */
    private static void makeProfileHostile(ObjectNode profile) {
        profile.put("name", hostile("profile", "name"));
        ArrayNode aliases = (ArrayNode) profile.get("aliases");
        for (int i = 0; i < aliases.size(); i++) {
            aliases.set(i, hostile("profile", "aliases[" + i + "]"));
        }
        for (JsonNode source : profile.get("sources")) {
            ((ObjectNode) source).put("publisher", hostile("profile", "source.publisher"));
            ((ObjectNode) source).put("title", hostile("profile", "source.title"));
        }
        JsonNode sections = profile.get("sections");
        for (int s = 0; s < sections.size(); s++) {
            ObjectNode section = (ObjectNode) sections.get(s);
            section.put("title", hostile("profile", "sections[" + s + "].title"));
            JsonNode facts = section.get("facts");
            for (int f = 0; f < facts.size(); f++) {
                ObjectNode fact = (ObjectNode) facts.get(f);
                String field = "sections[" + s + "].facts[" + f + "].";
                fact.put("heading", hostile("profile", field + "heading"));
                fact.put("when", hostile("profile", field + "when"));
                fact.put("text", hostile("profile", field + "text"));
            }
        }
    }

    private static ObjectNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.get("features")) {
            if (feature.get("id").asString().equals(id)) {
                return (ObjectNode) feature;
            }
        }
        throw new IllegalStateException("no feature " + id);
    }

    /** The hostile app's page, with alert, confirm and prompt replaced by a trap before any script runs. */
    private static Page watched(AtlasPage atlas) {
        Page page = atlas.useApp(hostileApp.baseUri()).page();
        page.addInitScript("for (const name of ['alert', 'confirm', 'prompt']) {"
                + " window[name] = () => { window.__pwned = name; }; }");
        return page;
    }

    private static List<String> dialogs(Page page) {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return dialogs;
    }

    private static void assertNothingRan(Page page, List<String> dialogs) {
        assertThat(page.locator(INJECTED)).hasCount(0);
        assertEquals("undefined", page.evaluate("() => typeof window.__pwned"));
        assertTrue(dialogs.isEmpty(), "dialogs: " + dialogs);
    }
}
