package org.khorasanatlas.geodata;

/**
 * One thing wrong in a data file. {@code line} is 0 when the problem belongs to no single line (for
 * example a duplicate id); {@code item} is the feature or fact id, or empty for the file as a whole.
 */
public record DataProblem(String file, int line, String item, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (!item.isEmpty()) {
            text.append(" [").append(item).append(']');
        }
        if (!field.isEmpty()) {
            text.append(" field '").append(field).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
