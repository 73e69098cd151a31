package org.khorasanatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/** The read-only /embed page inside another site's article, and the dashboard refusing to be framed there. */
@E2ETest
class EmbedIT {

    private static AttackData data;

    @BeforeAll
    static void readData() {
        data = AttackData.load();
    }

    @Test
    void anArticleOnAnotherSiteShowsTheMapAndTheSelectedAttacksCard(AtlasPage atlas) {
        AttackData.Attack airport = data.byId(DashboardIT.KABUL_AIRPORT);
        int attacks2021 = data.inYear(2021).size();
        String src = atlas.baseUri()
                .resolve("/embed?year=2021&event=" + airport.id())
                .toString();
        try (ArticlePage article = ArticlePage.serving("<iframe id=\"atlas\" src=\"" + src
                + "\" width=\"640\" height=\"480\" title=\"Map of ISKP attacks\"></iframe>")) {
            Page page = atlas.page();
            page.navigate(article.uri().toString());
            FrameLocator embed = page.frameLocator("#atlas");

            assertThat(embed.locator("body")).hasAttribute("data-ready", "true");
            assertThat(embed.locator("#embed-total")).hasText(Pattern.compile("^2021: " + attacks2021 + " attacks, "));
            assertThat(embed.locator("#embed-card-title")).hasText(airport.name());
            assertThat(embed.locator("#embed-card .embed-sources a")).hasCount(airport.sources());
            assertThat(embed.locator("#embed-card")).containsText("26 August 2021");
            assertThat(embed.locator("flow-leaflet-map .leaflet-marker-icon").first())
                    .isVisible();
            assertThat(embed.locator("flow-leaflet-map .flm-legend")).isVisible();
            assertThat(embed.locator("flow-leaflet-map")).hasAttribute("data-base-ready", "true");
            assertThat(embed.locator("#embed-version")).containsText("Data version");
            assertThat(embed.locator("#embed-open"))
                    .hasAttribute("href", Pattern.compile("^\\./\\?year=2021&event=" + airport.id() + "$"));
            atlas.screenshot("embed-article-2021-card");
        }
    }

    @Test
    void theShareDialogsIframeCodeWorksPastedIntoAnArticle(AtlasPage atlas) {
        atlas.open("/?year=2021&event=" + DashboardIT.KABUL_AIRPORT);
        Page page = atlas.page();
        page.locator("#share-open").click();
        assertThat(page.locator("#share-dialog")).isVisible();
        page.locator("#share-size").selectOption("SMALL");
        assertThat(page.locator("#share-embed-code")).containsText("width=\"400\" height=\"360\"");
        assertThat(page.frameLocator("#share-preview").locator("#embed-card-title"))
                .isVisible();
        atlas.screenshot("share-dialog-2021");
        String code = page.locator("#share-embed-code").textContent();
        assertThat(code).startsWith("<iframe src=\"" + atlas.baseUri().resolve("/embed?"));

        try (ArticlePage article = ArticlePage.serving(code)) {
            page.navigate(article.uri().toString());
            FrameLocator embed = page.frameLocator("iframe");

            assertThat(embed.locator("body")).hasAttribute("data-ready", "true");
            assertThat(embed.locator("#embed-card-title"))
                    .hasText(data.byId(DashboardIT.KABUL_AIRPORT).name());
            atlas.screenshot("embed-pasted-small");
        }
    }

    @Test
    void aSharedLinkAndItsEmbedOpenWhereTheSenderLeftTheMap(AtlasPage atlas) {
        atlas.open("/?year=2021&lat=34.5281&lng=69.1723&zoom=12");
        Page page = atlas.page();
        assertThat(settledView(page.mainFrame(), KABUL_CLOSE)).isEqualTo(KABUL_CLOSE);

        page.locator("#share-open").click();
        assertThat(page.locator("#share-keep-view")).isVisible();
        String link = page.locator("#share-link").inputValue();
        assertThat(link).endsWith("/?year=2021&lat=34.5281&lng=69.1723&zoom=12");
        assertThat(page.locator("#share-embed-code"))
                .containsText("year=2021&amp;lat=34.5281&amp;lng=69.1723&amp;zoom=12");
        assertThat(page.frameLocator("#share-preview").locator("body")).hasAttribute("data-ready", "true");
        Frame preview = page.frames().stream()
                .filter(frame -> frame.url().contains("/embed?"))
                .findFirst()
                .orElseThrow();
        assertThat(settledView(preview, KABUL_CLOSE)).isEqualTo(KABUL_CLOSE);

        page.locator("#share-keep-view").click();
        assertThat(page.locator("#share-link")).hasValue(Pattern.compile("/\\?year=2021$"));
    }

    private static final List<Double> KABUL_CLOSE = List.of(34.5281, 69.1723, 12.0);

    /**
     * The centre and zoom the frame's map shows once it shows the expected view, or when the wait ends. A map
     * in a frame that is not laid out yet (the Share dialog's preview) moves only when it gets its size, which
     * may come after the page says it is ready.
     */
    private static List<Double> settledView(Frame frame, List<Double> expected) {
        try {
            frame.waitForFunction(
                    "([lat, lng, zoom]) => { const view = document.querySelector('flow-leaflet-map')?.currentView();"
                            + " return !!view && view.lat === lat && view.lng === lng && view.zoom === zoom; }",
                    expected,
                    new Frame.WaitForFunctionOptions().setTimeout(10_000));
        } catch (TimeoutError stillElsewhere) {
            // The assertion that follows names the view the map stayed on.
        }
        return view(frame);
    }

    /** The centre and zoom the frame's map shows, as its currentView() gives them. */
    private static List<Double> view(Frame frame) {
        @SuppressWarnings("unchecked")
        Map<String, Number> view =
                (Map<String, Number>) frame.evaluate("document.querySelector('flow-leaflet-map').currentView()");
        return List.of(
                view.get("lat").doubleValue(),
                view.get("lng").doubleValue(),
                view.get("zoom").doubleValue());
    }

    @Test
    void theDashboardRefusesToBeFramedByAnotherSite(AtlasPage atlas) {
        List<String> console = new CopyOnWriteArrayList<>();
        atlas.page().onConsoleMessage(message -> console.add(message.text()));
        String src = atlas.baseUri().resolve("/?year=2021").toString();
        try (ArticlePage article = ArticlePage.serving(
                "<iframe id=\"dashboard\" src=\"" + src + "\" width=\"640\" height=\"480\"></iframe>")) {
            Page page = atlas.page();
            page.navigate(article.uri().toString());

            page.waitForCondition(() -> console.stream().anyMatch(text -> text.contains("frame-ancestors")));
            assertThat(page.frameLocator("#dashboard").locator("flow-leaflet-map"))
                    .hasCount(0);
        }
    }

    @Test
    void aNarrowFrameIsUsableFromTheKeyboard(AtlasPage atlas) {
        Page page = atlas.page();
        page.setViewportSize(300, 520);
        page.navigate(atlas.baseUri().resolve("/embed?year=2016").toString());
        assertThat(page.locator("body")).hasAttribute("data-ready", "true");

        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 300"))
                .as("no sideways scrolling")
                .isTrue();
        // Tab from the page's start to the first attack's own marker (not a cluster bubble), as a keyboard reader
        // would.
        String focusedAttack = "document.activeElement?.classList.contains('leaflet-marker-icon')"
                + " ? document.activeElement.querySelector('.flm-point')?.dataset.featureId ?? '' : ''";
        for (int tab = 0; tab < 60 && ((String) page.evaluate(focusedAttack)).isEmpty(); tab++) {
            page.keyboard().press("Tab");
        }
        String id = (String) page.evaluate(focusedAttack);
        assertThat(id).as("an attack's marker reached with Tab").isNotEmpty();
        page.keyboard().press("Enter");

        assertThat(page.locator("#embed-card")).isVisible();
        assertThat(page.locator("#embed-card-title")).hasText(data.byId(id).name());
        atlas.screenshot("embed-300px-keyboard");
        page.keyboard().press("Escape");
        assertThat(page.locator("#embed-card")).isHidden();
    }

    @Test
    void anEmbedInDariIsRightToLeftWithDariDigitsAndTheSolarHijriDay(AtlasPage atlas) {
        Page page = atlas.page();
        page.navigate(atlas.baseUri()
                .resolve("/embed?year=2021&lang=fa-AF&event=" + DashboardIT.KABUL_AIRPORT)
                .toString());
        assertThat(page.locator("body")).hasAttribute("data-ready", "true");

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#embed-total")).containsText("۲۰۲۱");
        assertThat(page.locator("#embed-total")).containsText("۳۲");
        assertThat(page.locator("#embed-total")).not().containsText("2021");
        // The close button and the title do not overlap, the button now at the card's left.
        assertThat(page.locator(".embed-card-close").boundingBox().x
                        + page.locator(".embed-card-close").boundingBox().width)
                .isLessThanOrEqualTo(page.locator("#embed-card-title").boundingBox().x);
        assertThat(page.locator("#embed-card")).containsText("۲۶ اگست ۲۰۲۱ (۴ سنبلهٔ ۱۴۰۰)");
        assertThat(page.locator("#embed-card")).containsText("افغانستان");
        assertThat(page.locator("#embed-card-title")).hasAttribute("lang", "en");
        // The card is on the map's left, as the panel is in the dashboard; the map keeps west on the left.
        assertThat(page.locator("#embed-card").boundingBox().x)
                .isLessThan(page.locator("#embed-map").boundingBox().x);
        atlas.screenshot("embed-dari-2021-card");
    }
}
