package org.khorasanatlas.language;

import java.util.List;
import java.util.Locale;

import org.khorasanatlas.geodata.Translation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The interface's texts in a given language, for code that is not a component (the API's messages, the embed
 * page, the map's layer names, pictures): a component asks {@code getTranslation} in its UI's language instead.
 */
@Component
public class InterfaceTexts {

    private final I18NProvider i18n;

    public InterfaceTexts(ObjectProvider<I18NProvider> translations) {
        // Vaadin's provider reads vaadin-i18n/; a context without Vaadin's web set-up (a command, a start-up test)
        // reads the same bundles itself.
        this.i18n = translations.getIfAvailable(() -> new DefaultI18NProvider(List.of(Locale.ENGLISH)));
    }

    public Translation in(Locale locale) {
        return (key, parameters) -> i18n.getTranslation(key, locale, parameters);
    }
}
