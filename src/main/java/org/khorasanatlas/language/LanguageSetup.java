package org.khorasanatlas.language;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Sets each page's language before anything is written in it: the page itself says its language and direction in
 * {@code <html lang dir>} (no flash of the wrong direction), and each UI gets the locale its texts come in. The link's
 * {@code ?lang=} wins over the browser's Accept-Language ({@link Language#chosen}).
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    /** The page's query string, as the browser's bootstrap request carries it. */
    private static final String QUERY = "query";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::markPage);
        event.getSource().addUIInitListener(init -> setUp(init.getUI(), VaadinRequest.getCurrent()));
    }

    private void markPage(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Language language = Language.chosen(request.getParameter(Language.PARAMETER), locales(request));
        // The digits travel in the page's lang too ("fa-AF-u-nu-latn"), where the browser's own number formats find
        // them.
        response.getDocument()
                .selectFirst("html")
                .attr(
                        "lang",
                        language.locale(request.getParameter(Language.DIGITS_PARAMETER))
                                .toLanguageTag())
                .attr("dir", language.rightToLeft() ? "rtl" : "ltr");
    }

    private static void setUp(UI ui, VaadinRequest request) {
        if (request == null) {
            return;
        }
        String query = request.getParameter(QUERY);
        Language language = Language.chosen(linkParameter(query, Language.PARAMETER), locales(request));
        Locale locale = language.locale(linkParameter(query, Language.DIGITS_PARAMETER));
        ui.setLocale(locale);
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // The page's own lang too: screen readers and fonts go by it.
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        // Vaadin's connection indicator has its own English texts ("Online", "Connection lost").
        ui.getPage()
                .executeJs(
                        """
                        const indicator = window.Vaadin?.connectionIndicator;
                        if (indicator) {
                          indicator.onlineText = $0;
                          indicator.offlineText = $1;
                          indicator.reconnectingText = $2;
                        }""",
                        ui.getTranslation("connection.online"),
                        ui.getTranslation("connection.offline"),
                        ui.getTranslation("connection.reconnecting"));
    }

    /** A parameter of the page's query string ({@code year=2021&lang=ps}), as the bootstrap request carries it. */
    private static String linkParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        List<String> values = QueryParameters.fromString(query).getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<Locale> locales(VaadinRequest request) {
        return request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
    }
}
