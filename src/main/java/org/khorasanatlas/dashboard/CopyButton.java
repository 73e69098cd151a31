package org.khorasanatlas.dashboard;

import java.util.function.Supplier;

import org.khorasanatlas.lean.LeanButton;

/**
 * Puts a text on the reader's clipboard. The browser copies: the server cannot reach the reader's clipboard. The
 * text goes as a parameter, never as script. Browsers refuse the clipboard to pages served over plain http; the
 * reader is then told to copy the text by hand.
 */
class CopyButton extends LeanButton {

    private final String copyKey;

    /** {@code copyKey}, {@code copiedKey}: the button's text before and after copying. */
    CopyButton(String copyKey, String copiedKey, Supplier<String> text) {
        super("");
        this.copyKey = copyKey;
        addThemeNames("small");
        reset();
        addClickListener(() -> getElement()
                .executeJs("return navigator.clipboard.writeText($0)", text.get())
                .then(
                        done -> setText(getTranslation(copiedKey)),
                        refused -> setText(getTranslation("dataset.cite.copy-refused"))));
    }

    /** Back to its first text, when what it copies has changed. */
    void reset() {
        setText(getTranslation(copyKey));
    }
}
