package org.khorasanatlas.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;

/**
 * The interface's languages, each named in itself, as links to the same view in that language, and for a
 * right-to-left language a link to the same page in its other digits ("123" or "۱۲۳"). A link loads the page
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
    /** The other digits of a right-to-left language: Western for Eastern, Eastern for Western. */
    private final Anchor otherDigits = new Anchor();

    private final String otherDigitsCode;

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
        String digits =
                NumberingSystem.getInstance(ULocale.forLocale(getLocale())).getName();
        otherDigitsCode = digits.equals("latn") ? "arabext" : "latn";
        otherDigits.setId("digits-switch");
        otherDigits.setText(NumberFormat.getIntegerInstance(ULocale.forLocale(current.locale(otherDigitsCode)))
                .format(123));
        otherDigits
                .getElement()
                .setAttribute("title", getTranslation("language.digits." + otherDigitsCode))
                .setAttribute("aria-label", getTranslation("language.digits." + otherDigitsCode));
        otherDigits.setRouterIgnore(true);
        otherDigits.setVisible(current.rightToLeft());
        add(otherDigits);
    }

    /** Points each link at this view: {@code parameters} are the view's own, without a language. */
    public void show(Map<String, List<String>> parameters) {
        links.forEach((language, link) -> {
            Map<String, List<String>> query = new LinkedHashMap<>(parameters);
            query.put(Language.PARAMETER, List.of(language.tag()));
            link.setHref("?" + new QueryParameters(query).getQueryString());
        });
        Map<String, List<String>> query = new LinkedHashMap<>(parameters);
        query.putAll(Language.linkParameters(getLocale()));
        query.put(Language.DIGITS_PARAMETER, List.of(otherDigitsCode));
        otherDigits.setHref("?" + new QueryParameters(query).getQueryString());
    }
}
