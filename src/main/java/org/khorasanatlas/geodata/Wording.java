package org.khorasanatlas.geodata;

import java.util.List;

/**
 * A text of the interface not yet put in a language: its key in the message bundles and its arguments. Domain code
 * says what it means with one; whoever shows it words it in the reader's language.
 */
public record Wording(String key, List<Object> arguments) {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(key, List.of(arguments));
    }

    public String in(Translation text) {
        return text.of(key, arguments.toArray());
    }
}
