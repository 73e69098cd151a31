package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The UCDP import from end to end: the production jar's {@code import ucdp-ged} command converts the reference
 * sample into a copy of the data, and a second instance of the app shows it as its own layer.
 */
@E2ETest
class ImportedLayerIT {

    /** IS – Civilians in Rawalpindi, 18 February 2015: alone on the map in 2015, so never in a cluster. */
    static final String RAWALPINDI = "ucdp-194824";

    @RegisterExtension
    static final SecondApp app = SecondApp.onChangedData("e2e-app-imported", ImportedLayerIT::importTheSample);

    private static AttackData imported;
    private static String importReport;

    /** Runs the production jar's import on the sample, into the second app's copy of the data. */
    private static List<String> importTheSample(Path basedir, Path data) {
        Path output = data.resolve("imported/ucdp-ged.geojson");
        RunningApp.CommandRun run = RunningApp.runCommand(List.of(
                "import",
                "ucdp-ged",
                basedir.resolve("src/test/resources/ucdp/ucdp_ged_iskp_sample.csv")
                        .toString(),
                "--out",
                output.toString()));
        assertEquals(0, run.exitCode(), run.output());
        importReport = run.output();
        imported = AttackData.load(output);
        return List.of("--atlas.data.imported=imported/ucdp-ged.geojson");
    }

    @Test
    void theCommandReportsEveryRowOfTheSample() {
        assertTrue(
                importReport.contains("Rows read: 41")
                        && importReport.contains("Kept: 21")
                        && importReport.contains("Skipped: 20")
                        && importReport.contains("Wrote 21 attacks"),
                importReport);
        assertEquals(21, imported.attacks().size());
    }

    @Test
    void theImportIsALayerOfRingsThatCanBeSwitchedOffWithoutChangingTheTotals(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        atlas.open("/?year=2015");
        String attacks = page.locator("#totals-attacks").innerText();

        assertThat(atlas.map())
                .hasAttribute(
                        "data-points-imported",
                        String.valueOf(imported.inYear(2015).size()));
        Locator ring = atlas.marker(RAWALPINDI);
        assertThat(ring).isVisible();
        assertThat(ring).hasClass(Pattern.compile("flm-point-hollow"));
        assertThat(page.locator(".flm-legend")).containsText("UCDP GED import (unverified)");
        assertThat(atlas.map()).hasAttribute("data-base-ready", "true");
        atlas.screenshot("imported-layer-2015");

        page.locator(".leaflet-control-layers").hover();
        Locator layerSwitch = page.getByRole(
                AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("UCDP GED import").setExact(true));
        assertThat(layerSwitch).isChecked();
        layerSwitch.uncheck();

        assertThat(page.locator(".flm-point-hollow, .flm-cluster-hollow")).hasCount(0);
        // The curated attacks stay, as dots or, where they lie close together, as bubbles.
        assertThat(page.locator(".flm-point, .flm-cluster").first()).isVisible();
        assertThat(page.locator("#totals-attacks")).hasText(attacks);

        layerSwitch.check();
        assertThat(ring).isVisible();
    }

    @Test
    void anImportedMarkerOpensItsCardFromTheKeyboard(AtlasPage atlas) {
        Page page = atlas.useApp(app.baseUri()).page();
        atlas.open("/?year=2015");
        AttackData.Attack rawalpindi = imported.byId(RAWALPINDI);

        atlas.revealMarker(rawalpindi);
        atlas.markerIcon(RAWALPINDI).focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#attack-card-title")).hasText(rawalpindi.name());
        assertThat(page.locator("#attack-card")).containsText("Uppsala Conflict Data Program (UCDP GED)");
        assertThat(page.locator("#attack-card")).containsText("UCDP does not record claims of responsibility.");
        assertThat(page.locator("#attack-card .source-list a")).hasAttribute("href", "https://ucdp.uu.se/downloads/");
        atlas.screenshot("imported-attack-card");
    }
}
