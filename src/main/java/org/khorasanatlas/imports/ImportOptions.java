package org.khorasanatlas.imports;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of {@code import ucdp-ged FILE [--out PATH] [--release VERSION] [--replace-changed]}.
 *
 * @param release the GED version for the citation: {@code --release}, else read from UCDP's file name
 *                ({@code GEDEvent_v25_1.csv} is 25.1), else unknown
 */
record ImportOptions(Path csv, Path out, Optional<String> release, boolean replaceChanged) {

    static final String SOURCE = "ucdp-ged";
    static final Path DEFAULT_OUT = Path.of("geodata", "imported", "ucdp-ged.geojson");
    static final String USAGE = "import ucdp-ged FILE [--out PATH] [--release VERSION] [--replace-changed]";

    private static final Pattern RELEASE_IN_FILE_NAME = Pattern.compile("(?i)GEDEvent_v(\\d+)_(\\d+)");

    /** @throws IllegalArgumentException naming what is wrong with the arguments */
    static ImportOptions parse(List<String> arguments) {
        Deque<String> rest = new ArrayDeque<>();
        // --out=PATH is read as --out PATH
        arguments.forEach(argument -> {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                rest.add(argument.substring(0, equals));
                rest.add(argument.substring(equals + 1));
            } else {
                rest.add(argument);
            }
        });
        String source = rest.poll();
        if (!SOURCE.equals(source)) {
            throw new IllegalArgumentException("The only source that can be imported is \"" + SOURCE
                    + "\" (a UCDP GED CSV file)" + (source == null ? "." : ", not \"" + source + "\"."));
        }
        Path csv = null;
        Path out = DEFAULT_OUT;
        Optional<String> release = Optional.empty();
        boolean replaceChanged = false;
        while (!rest.isEmpty()) {
            String argument = rest.poll();
            switch (argument) {
                case "--out" -> out = Path.of(value(rest, argument));
                case "--release" -> release = Optional.of(value(rest, argument));
                case "--replace-changed" -> replaceChanged = true;
                default -> {
                    if (argument.startsWith("--") || csv != null) {
                        throw new IllegalArgumentException("Unknown argument \"" + argument + "\".");
                    }
                    csv = Path.of(argument);
                }
            }
        }
        if (csv == null) {
            throw new IllegalArgumentException("Name the UCDP GED CSV file to import.");
        }
        Path file = csv;
        return new ImportOptions(file, out, release.or(() -> releaseInFileName(file)), replaceChanged);
    }

    private static String value(Deque<String> rest, String option) {
        String value = rest.poll();
        if (value == null || value.isBlank() || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return value;
    }

    private static Optional<String> releaseInFileName(Path csv) {
        Matcher matcher = RELEASE_IN_FILE_NAME.matcher(csv.getFileName().toString());
        return matcher.find() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }
}
