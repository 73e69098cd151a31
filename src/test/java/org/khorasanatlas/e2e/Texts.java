package org.khorasanatlas.e2e;

import java.util.regex.Pattern;

/** Patterns for Playwright assertions, which run them as JavaScript regular expressions. */
final class Texts {

    private Texts() {}

    /** The text matched literally. ({@link Pattern#quote} gives \Q…\E, which JavaScript does not know.) */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.*+?()\\[\\]{}|/-]", "\\\\$0");
    }
}
