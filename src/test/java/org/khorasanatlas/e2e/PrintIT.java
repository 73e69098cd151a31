package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

/** Printing the dashboard: one page with the map, the totals, the chart and the selected attack's sources. */
@E2ETest
class PrintIT {

    /** A page object of a PDF file; "/Type /Pages" (the page tree) does not match. */
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    @Test
    void printingGivesOneCleanPageWithTheCardAndItsSources(AtlasPage atlas) {
        atlas.open("/?year=2021&event=" + DashboardIT.KABUL_AIRPORT);
        Page page = atlas.page();
        assertThat(page.locator("#attack-card-title")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        for (String shown : new String[] {
            "flow-leaflet-map",
            "#totals",
            "#year-chart",
            "#attack-card-title",
            "#attack-card .source-list a >> nth=0",
            "#dataset-version"
        }) {
            assertThat(page.locator(shown)).isVisible();
        }
        for (String hidden : new String[] {
            "#year-select",
            "#clear-filters",
            "#share-open",
            ".playback",
            ".table-panel",
            ".province-panel",
            "#profile",
            "#copy-citation",
            ".leaflet-control-zoom"
        }) {
            assertThat(page.locator(hidden).first()).isHidden();
        }
        atlas.screenshot("print-2021-card");

        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        Matcher pages = PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages printed").isEqualTo(1);
    }
}
