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
        response.getDocument()
                .selectFirst("html")
                .attr("lang", language.tag())
                .attr("dir", language.rightToLeft() ? "rtl" : "ltr");
    }

    private static void setUp(UI ui, VaadinRequest request) {
        if (request == null) {
            return;
        }
        Language language = Language.chosen(linkParameter(request.getParameter(QUERY)), locales(request));
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // The page's own lang too: screen readers and fonts go by it.
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }

    /** The {@code lang} of the page's query string ({@code year=2021&lang=ps}), as the bootstrap request carries it. */
    private static String linkParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        List<String> values =
                QueryParameters.fromString(query).getParameters().getOrDefault(Language.PARAMETER, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<Locale> locales(VaadinRequest request) {
        return request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
    }
}
