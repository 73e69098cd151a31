package org.khorasanatlas.share;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.khorasanatlas.api.ExportLinks;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.khorasanatlas.picture.MapPicture;
import org.khorasanatlas.picture.PictureTexts;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Open Graph and Twitter card tags in the page's head, so a shared link shows a picture of its filter's map (the
 * server-drawn PNG) and the filter in words. The page's query is read with the page's own lenient codec: a link
 * with a bad value still gets the picture of what the page shows. Jsoup escapes the attribute values.
 */
@Component
public class PreviewTags implements VaadinServiceInitListener {

    public static final int WIDTH = 1200;

    private final FilterParameters parameters;
    private final PictureTexts texts;

    PreviewTags(FilterParameters parameters, PictureTexts texts) {
        this.parameters = parameters;
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
        EventFilter filter = parameters.parse(query).filter();
        String title = texts.pageTitle(filter);
        String image = base(request) + ExportLinks.image(filter, WIDTH).url();
        String height = String.valueOf(Math.round(WIDTH / MapPicture.ASPECT));
        Element head = response.getDocument().head();
        property(head, "og:type", "website");
        property(head, "og:site_name", texts.siteName());
        property(head, "og:title", title);
        property(head, "og:image", image);
        property(head, "og:image:type", "image/png");
        property(head, "og:image:width", String.valueOf(WIDTH));
        property(head, "og:image:height", height);
        property(head, "og:image:alt", title);
        named(head, "twitter:card", "summary_large_image");
        named(head, "twitter:title", title);
        named(head, "twitter:image", image);
    }

    /** The app's address as the reader's browser asked for it (behind a proxy, its forwarded headers apply). */
    private static String base(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            String url = servlet.getHttpServletRequest().getRequestURL().toString();
            String path = servlet.getHttpServletRequest().getRequestURI();
            return url.substring(0, url.length() - path.length()) + servlet.getContextPath() + "/";
        }
        return "/";
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void named(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
