package org.khorasanatlas.language;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;

/**
 * Text the data gives in English (attack names, places, notes, sources), marked as English in a page of any
 * language: a screen reader reads it with an English voice, and {@code dir="ltr"} isolates it from the text around
 * it, so an English name in a Dari sentence keeps its word order and its brackets face the right way.
 */
public final class EnglishText {

    private EnglishText() {}

    public static <T extends HasElement> T mark(T component) {
        component.getElement().setAttribute("lang", "en").setAttribute("dir", "ltr");
        return component;
    }

    public static Span span(String text) {
        return mark(new Span(text));
    }
}
