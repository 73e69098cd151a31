package org.khorasanatlas.dashboard;

import java.util.Locale;
import java.util.function.Function;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.PlaceNames.PlaceName;

import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * A table cell of a name that may be English where the page is not (an attack's name, a province Natural Earth
 * does not name in Pashto): marked with its language, and in a right-to-left page an English name is isolated by
 * {@code dir="ltr"}, so its words keep their order.
 */
final class NameRenderer {

    private static final String MARKUP = "<span lang=${item.lang} dir=${item.dir}>${item.name}</span>"; // not a text

    private NameRenderer() {}

    static <T> LitRenderer<T> of(Function<T, PlaceName> name, Locale page) {
        String pageLanguage = Language.of(page).tag();
        return LitRenderer.<T>of(MARKUP)
                .withProperty("name", item -> name.apply(item).text())
                .withProperty("lang", item -> name.apply(item).english() ? "en" : pageLanguage)
                .withProperty("dir", item -> name.apply(item).english() ? "ltr" : "auto");
    }
}
