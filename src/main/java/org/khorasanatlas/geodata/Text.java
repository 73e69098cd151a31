package org.khorasanatlas.geodata;

/** Required text fields of the data files: present and not blank, trimmed. */
public final class Text {

    private Text() {}

    public static String required(String value, ProblemList problems, int line, String item, String field) {
        if (value == null || value.isBlank()) {
            problems.add(line, item, field, "missing or empty");
            return "";
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null ? "" : value.strip();
    }
}
