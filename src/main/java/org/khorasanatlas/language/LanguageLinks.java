package org.khorasanatlas.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;

/**
 * The interface's languages, each named in itself, as links to the same view in that language. A link loads the page
 * anew, so it is made in its language and direction from the start; the filter and the selection travel in the link.
 * The fonts of Dari and Pashto (Vazirmatn) and of Urdu (Noto Nastaliq Urdu), both under the SIL Open Font Licence,
 * come with it and are used only on pages in those languages.
 */
@NpmPackage(value = "@fontsource/vazirmatn", version = "5.3.0")
@NpmPackage(value = "@fontsource/noto-nastaliq-urdu", version = "5.3.0")
@CssImport("@fontsource/vazirmatn/arabic-400.css")
@CssImport("@fontsource/vazirmatn/arabic-700.css")
@CssImport("@fontsource/noto-nastaliq-urdu/arabic-400.css")
@CssImport("@fontsource/noto-nastaliq-urdu/arabic-700.css")
@CssImport("./language/language.css")
public class LanguageLinks extends Nav {

    private final Map<Language, Anchor> links = new LinkedHashMap<>();

    public LanguageLinks() {
        setId("language-links");
        addClassName("language-links");
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        Language current = Language.of(getLocale());
        for (Language language : Language.values()) {
            Anchor link = new Anchor("?" + Language.PARAMETER + "=" + language.tag(), language.endonym());
            link.setId("language-" + language.tag());
            link.getElement().setAttribute("lang", language.tag());
            link.getElement().setAttribute("hreflang", language.tag());
            link.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            // A new page, not a route change: the page must be made in the other language.
            link.setRouterIgnore(true);
            links.put(language, link);
            add(link);
        }
    }

    /** Points each link at this view: {@code parameters} are the view's own, without a language. */
    public void show(Map<String, List<String>> parameters) {
        links.forEach((language, link) -> {
            Map<String, List<String>> query = new LinkedHashMap<>(parameters);
            query.put(Language.PARAMETER, List.of(language.tag()));
            link.setHref("?" + new QueryParameters(query).getQueryString());
        });
    }
}
