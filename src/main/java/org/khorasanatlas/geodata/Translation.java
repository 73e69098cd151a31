package org.khorasanatlas.geodata;

/**
 * A text of the interface in the reader's language, by its key in the message bundles: a component's
 * {@code getTranslation}, or Vaadin's I18NProvider in a fixed language, for code that is not a component.
 */
@FunctionalInterface
public interface Translation {

    String of(String key, Object... parameters);
}
