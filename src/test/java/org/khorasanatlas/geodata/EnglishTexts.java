package org.khorasanatlas.geodata;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

/** The interface's English texts, for tests of code that takes a {@link Translation} outside a Vaadin page. */
public final class EnglishTexts {

    private EnglishTexts() {}

    public static Translation translation() {
        I18NProvider english = new DefaultI18NProvider(List.of(Locale.ENGLISH));
        return (key, parameters) -> english.getTranslation(key, Locale.ENGLISH, parameters);
    }
}
