package org.khorasanatlas.imports;

/**
 * Text from a CSV file as the atlas stores it: one line, no control characters. A line break inside a quoted field
 * (LF, CR or CR LF) or a tab becomes a space; every other control character (the escape sequences that recolour or rewrite an operator's
 * terminal, C1 controls, NUL) is dropped, so it reaches neither the data nor the printed report.
 */
final class PlainText {

    private PlainText() {}

    static String of(String text) {
        StringBuilder plain = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (plain == null) {
                    plain = new StringBuilder(text.length()).append(text, 0, i);
                }
                boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if ((c == '\n' || c == '\r' || c == '\t') && !crBeforeLf) {
                    plain.append(' ');
                }
            } else if (plain != null) {
                plain.append(c);
            }
        }
        return plain == null ? text : plain.toString();
    }
}
