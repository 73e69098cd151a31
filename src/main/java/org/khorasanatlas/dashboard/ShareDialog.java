package org.khorasanatlas.dashboard;

import java.util.Optional;

import org.khorasanatlas.api.ExportLink;
import org.khorasanatlas.api.ExportLinks;
import org.khorasanatlas.api.PictureFormat;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.leaflet.MapFocus;
import org.khorasanatlas.map.MapViewParameters;
import org.khorasanatlas.share.PreviewTags;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * Share the view: its link, the iframe code that shows the same filter in an article (the read-only /embed page,
 * at a size chosen here, with a live preview), the map as a picture to download, and how to cite it, each with a
 * copy button. A native modal
 * {@code <dialog>}: the browser keeps the focus inside it and closes it on Escape, and the dashboard's bundle
 * needs no dialog component. Made when the reader asks for it and removed when closed, so an open tab does not
 * keep it.
 */
@Tag("dialog")
class ShareDialog extends Component implements HasComponents {

    /** About 25 cm wide at 300 dpi: enough for a printed page. */
    private static final int PRINT_WIDTH = 3000;

    private final String link;
    private final String embedLink;
    private final Input linkField = new Input();
    private final Checkbox keepView = new Checkbox();
    private final SizeSelect size;
    private final CopyButton copyLink;
    private final Pre code = new Pre();
    private final IFrame preview = new IFrame();
    private final CopyButton copyCode;
    private MapFocus.View view;
    /** Whether the browser has answered where the map is: the preview waits for it, so that it loads once. */
    private boolean viewAnswered;

    /**
     * {@code link}, {@code embedLink}, {@code citation}: the view's, as the citation panel has them; {@code filter}:
     * the view's filter, for its picture.
     */
    ShareDialog(String link, String embedLink, String citation, EventFilter filter) {
        this.link = link;
        this.embedLink = embedLink;
        setId("share-dialog");
        getElement().setAttribute("class", "share-dialog");
        getElement().setAttribute("aria-labelledby", "share-title");
        H2 title = new H2(getTranslation("share.title"));
        title.setId("share-title");

        linkField.setId("share-link");
        linkField.setValue(link);
        linkField.getElement().setAttribute("readonly", true);
        keepView.setId("share-keep-view");
        keepView.setLabel(getTranslation("share.view.keep"));
        keepView.setValue(true);
        // Offered once the browser has said where the map is (offerView).
        keepView.setVisible(false);
        keepView.addValueChangeListener(change -> showLinks());
        NativeLabel linkLabel = new NativeLabel(getTranslation("share.link"));
        linkLabel.setFor(linkField);
        copyLink = new CopyButton("share.link.copy", "share.copied", linkField::getValue);
        copyLink.setId("copy-share-link");

        size = new SizeSelect(choice -> getTranslation(choice.key()));
        size.setId("share-size");
        NativeLabel sizeLabel = new NativeLabel(getTranslation("share.embed.size"));
        sizeLabel.setFor(size);
        code.setId("share-embed-code");
        code.addClassName("share-code");
        // A long snippet scrolls: keyboard readers reach it to scroll or select it.
        code.getElement().setAttribute("tabindex", "0");
        code.getElement().setAttribute("aria-label", getTranslation("share.embed.code"));
        copyCode = new CopyButton("share.embed.copy", "share.copied", code::getText);
        copyCode.setId("copy-share-embed");
        preview.setId("share-preview");
        preview.addClassName("share-preview");
        preview.getElement().setAttribute("title", getTranslation("share.embed.preview"));
        preview.getElement().setAttribute("loading", "lazy");
        size.addValueChangeListener(change -> show(size.size()));
        show(size.size());

        Paragraph citationText = new Paragraph(citation);
        citationText.setId("share-citation");
        citationText.addClassName("citation-text");
        CopyButton copyCitation = new CopyButton("dataset.cite.copy", "dataset.cite.copied", () -> citation);
        copyCitation.setId("copy-share-citation");

        Div images = new Div(
                image("download-image", "share.image.preview", ExportLinks.image(filter, PreviewTags.WIDTH)),
                image("download-image-print", "share.image.print", ExportLinks.image(filter, PRINT_WIDTH)),
                image(
                        "download-image-svg",
                        "share.image.svg",
                        ExportLinks.image(filter, PreviewTags.WIDTH, PictureFormat.SVG)));
        images.addClassName("download-links");

        Button close =
                new Button(getTranslation("share.close"), click -> getElement().callJsFunction("close"));
        close.setId("share-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        Div previewBox = new Div(preview);
        previewBox.addClassName("share-preview-box");
        add(
                title,
                keepView,
                new H3(getTranslation("share.link.heading")),
                linkLabel,
                linkField,
                copyLink,
                new H3(getTranslation("share.embed.heading")),
                new Paragraph(getTranslation("share.embed.help")),
                sizeLabel,
                size,
                code,
                copyCode,
                previewBox,
                new H3(getTranslation("share.image.heading")),
                new Paragraph(getTranslation("share.image.help")),
                images,
                new H3(getTranslation("dataset.cite.heading")),
                citationText,
                copyCitation,
                new Div(close));
        // Escape, the close button or the browser: the dialog is gone from the page either way.
        getElement().addEventListener("close", closed -> removeFromParent());
    }

    /** The picture of the filter's map as a file, drawn by the server (api.MapImageController). */
    private Anchor image(String id, String textKey, ExportLink export) {
        Anchor link = new Anchor(export.url(), getTranslation(textKey));
        link.setId(id);
        link.addClassName("download-link");
        link.getElement().setAttribute("download", export.fileName());
        // A file, not a view: the router must leave the click to the browser.
        link.setRouterIgnore(true);
        return link;
    }

    /** Shows it as a modal dialog; call after it is in the page. */
    void open() {
        getElement().callJsFunction("showModal");
    }

    /** Where the reader has taken the map, if the browser could tell: the links may keep it, as the reader chooses. */
    void offerView(Optional<MapFocus.View> offered) {
        view = offered.orElse(null);
        viewAnswered = true;
        keepView.setVisible(offered.isPresent());
        showLinks();
    }

    private void showLinks() {
        linkField.setValue(withView(link));
        copyLink.reset();
        show(size.size());
    }

    private String withView(String address) {
        if (view == null || !keepView.getValue()) {
            return address;
        }
        return address + (address.contains("?") ? "&" : "?") + MapViewParameters.query(view);
    }

    private void show(EmbedSize size) {
        String embedded = withView(embedLink);
        code.setText(EmbedCode.iframe(embedded, size, getTranslation("share.embed.frame-title")));
        copyCode.reset();
        if (viewAnswered) {
            preview.setSrc(embedded);
        }
        preview.setWidth(size.width().endsWith("%") ? size.width() : size.width() + "px");
        preview.setHeight(size.height() + "px");
    }
}
