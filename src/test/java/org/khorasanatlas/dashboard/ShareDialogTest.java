package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.DatasetVersion;
import org.khorasanatlas.leaflet.LatLng;
import org.khorasanatlas.leaflet.LeafletMap;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.lean.LeanButton;
import org.khorasanatlas.lean.ReaderPress;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/** The Share dialog: the view's link, the iframe code for /embed at the chosen size, and the citation. */
class ShareDialogTest extends DashboardTestBase {

    @Autowired
    DatasetVersion dataset;

    @Test
    void theDialogIsMadeOnlyWhenAskedFor() {
        open("year", "2021");

        assertThat(find(ShareDialog.class).exists()).isFalse();
        ReaderPress.click(find(LeanButton.class).id("share-open"));
        assertThat(find(ShareDialog.class).exists()).isTrue();
    }

    @Test
    void itSharesTheLinkTheEmbedCodeAndTheCitationOfTheView() {
        open("year", "2021", "country", "AFG");
        ReaderPress.click(find(LeanButton.class).id("share-open"));

        // Without a browser the page's own address is unknown, so the links start at the path.
        assertThat(find(Input.class).id("share-link").getValue())
                .startsWith("/?")
                .contains("year=2021", "country=AFG");
        String code = find(Pre.class).id("share-embed-code").getText();
        assertThat(code)
                .startsWith("<iframe src=\"/embed?")
                .contains(
                        "year=2021",
                        "country=AFG",
                        "width=\"640\" height=\"480\"",
                        "title=\"Map of ISKP attacks (Khorasan Atlas)\"")
                .endsWith("></iframe>");
        IFrame preview = find(IFrame.class).id("share-preview");
        assertThat(preview.getSrc()).as("the preview waits for the map's view").isEmpty();
        find(ShareDialog.class).single().offerView(Optional.empty());
        assertThat(preview.getSrc()).startsWith("/embed?").contains("year=2021", "country=AFG");
        assertThat(find(Checkbox.class).withId("share-keep-view").exists())
                .as("no view to keep")
                .isFalse();
        assertThat(find(Paragraph.class).id("share-citation").getText())
                .isEqualTo(find(Paragraph.class).id("citation-text").getText())
                .startsWith("Khorasan Atlas, dataset version " + dataset.version());
    }

    @Test
    void theLinksKeepTheMapsViewUnlessTheReaderUnticksIt() {
        open("year", "2021");
        ReaderPress.click(find(LeanButton.class).id("share-open"));
        assertThat(find(Checkbox.class).withId("share-keep-view").exists())
                .as("no view known yet")
                .isFalse();

        find(ShareDialog.class)
                .single()
                .offerView(Optional.of(new MapFocus.View(new LatLng(34.52813, 69.17233), 11.5)));

        Checkbox keepView = find(Checkbox.class).id("share-keep-view");
        assertThat(keepView.getValue()).isTrue();
        assertThat(find(Input.class).id("share-link").getValue())
                .isEqualTo("/?year=2021&lat=34.5281&lng=69.1723&zoom=11.5");
        assertThat(find(Pre.class).id("share-embed-code").getText())
                .contains("src=\"/embed?year=2021&amp;lat=34.5281&amp;lng=69.1723&amp;zoom=11.5\"");
        assertThat(find(IFrame.class).id("share-preview").getSrc()).endsWith("&zoom=11.5");

        test(keepView).click();

        assertThat(find(Input.class).id("share-link").getValue()).isEqualTo("/?year=2021");
        assertThat(find(IFrame.class).id("share-preview").getSrc()).isEqualTo("/embed?year=2021");
    }

    @Test
    void aSharedViewOpensTheMapThereAndABadOneIsNamed() {
        open("year", "2021", "lat", "34.5281", "lng", "69.1723", "zoom", "12");

        assertThat(find(Paragraph.class).withId("filter-notice").exists()).isFalse();
        assertThat(mapPayload()).contains("\"center\":[34.5281,69.1723],\"zoom\":12.0");

        open("year", "2021", "lat", "95", "lng", "69.1723", "zoom", "12");

        assertThat(find(Paragraph.class).id("filter-notice").getText())
                .contains("lat=“95”: not a number from -90 to 90; the map's own view");
        assertThat(mapPayload()).contains("\"fit\":true").contains("\"center\":null");
    }

    @Test
    void itOffersThePictureOfTheFilterInTwoSizesAndAsSvg() {
        open("year", "2021", "country", "AFG");
        ReaderPress.click(find(LeanButton.class).id("share-open"));

        Anchor preview = find(Anchor.class).id("download-image");
        assertThat(preview.getHref()).isEqualTo("api/map.png?year=2021&country=AFG&width=1200");
        assertThat(preview.getElement().getAttribute("download"))
                .isEqualTo("khorasan-atlas_year-2021_country-AFG_1200px.png");
        assertThat(find(Anchor.class).id("download-image-print").getHref()).endsWith("&width=3000");
        Anchor svg = find(Anchor.class).id("download-image-svg");
        assertThat(svg.getHref()).isEqualTo("api/map.svg?year=2021&country=AFG&width=1200");
        assertThat(svg.getElement().getAttribute("download"))
                .isEqualTo("khorasan-atlas_year-2021_country-AFG_1200px.svg");
    }

    @Test
    void choosingASizeChangesTheCodeAndThePreview() {
        open("year", "2021");
        ReaderPress.click(find(LeanButton.class).id("share-open"));
        SizeSelect size = find(SizeSelect.class).id("share-size");

        size.setValue(EmbedSize.FULL_WIDTH.name());

        assertThat(find(Pre.class).id("share-embed-code").getText()).contains("width=\"100%\" height=\"520\"");
        IFrame preview = find(IFrame.class).id("share-preview");
        assertThat(preview.getWidth()).isEqualTo("100%");
        assertThat(preview.getHeight()).isEqualTo("520px");
    }

    @Test
    void theCodeEscapesWhatItQuotes() {
        assertThat(EmbedCode.iframe(
                        "https://atlas.example/embed?year=2021&country=AFG\"><script>", EmbedSize.SMALL, "A \"map\""))
                .isEqualTo(
                        "<iframe src=\"https://atlas.example/embed?year=2021&amp;country=AFG&quot;&gt;&lt;script&gt;\""
                                + " width=\"400\" height=\"360\" title=\"A &quot;map&quot;\""
                                + " style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>");
    }

    private String mapPayload() {
        return find(LeafletMap.class).single().getElement().getProperty("points");
    }
}
