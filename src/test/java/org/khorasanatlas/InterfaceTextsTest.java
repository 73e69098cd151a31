package org.khorasanatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.Coded;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The interface's texts live in the message bundles (src/main/resources/vaadin-i18n/), so another language is a
 * bundle, not a change of code: every key the code names is in the English bundle, every other bundle has exactly
 * the English keys, every coded value has a label, and the view code writes no text of its own.
 */
class InterfaceTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path CODE = Path.of("src/main/java/org/khorasanatlas");
    /** Where people read what the code writes: the dashboard, the map, the embed page, previews and pictures. */
    private static final List<String> VIEW_PACKAGES = List.of("dashboard", "map", "embed", "share", "picture");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A text for people: two words. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");
    /** Methods and constructors that put a literal in front of people, whatever its length. */
    private static final Pattern TEXT_SETTER = Pattern.compile(
            "(setText|setLabel|setPlaceholder|setHelperText|setAriaLabel|setHeader|setSummaryText|setEmptyStateText"
                    + "|new (?:Button|Span|Paragraph|H[1-6]|NativeLabel|Anchor|Details|Checkbox|Term|Description))"
                    + "\\(\\s*\"[^\"]*[A-Za-z]");
    /**
     * Statements whose literals are not texts of the interface: messages to operators, attribute values, patterns,
     * and a parameter's problem, which is worded as the API words it (its translation comes with the API's
     * messages). A line may also say so itself with the comment {@code // not a text}.
     */
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile(
            "throw new|Exception\\(|new ParameterProblem\\(|setAttribute\\(\"rel\"|ofPattern\\(|setFilter\\("
                    + "|executeJs\\(|LoggerFactory|log\\.(?:debug|info|warn|error)\\(|// not a text");

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundle() throws IOException {
        Set<String> english = keys(BUNDLES.resolve("translations.properties"));
        Set<String> prefixes = new TreeSet<>();
        english.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> named = new TreeSet<>();
        for (Path file : javaFiles(CODE)) {
            Matcher literal = LITERAL.matcher(Files.readString(file));
            while (literal.find()) {
                String text = literal.group(1);
                if (text.matches("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+")
                        && prefixes.stream().anyMatch(text::startsWith)
                        && !text.matches(".*\\.(js|css|html|png|svg|json|geojson|csv)$")) {
                    named.add(text);
                }
            }
        }

        assertThat(named).as("keys named in the code").isNotEmpty();
        assertThat(english).containsAll(named);
    }

    @Test
    void everyCodedValueHasALabelInTheEnglishBundle() throws IOException {
        Set<String> english = keys(BUNDLES.resolve("translations.properties"));
        List<String> labelKeys = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.khorasanatlas")) {
            if (type.isEnum() && type.isAssignableTo(Coded.class)) {
                for (Object value : type.reflect().getEnumConstants()) {
                    labelKeys.add(((Coded) value).labelKey());
                }
            }
        }

        assertThat(labelKeys).contains("code.ClaimStatus.SUSPECTED", "code.TargetType.CIVILIANS");
        assertThat(english).containsAll(labelKeys);
    }

    @Test
    void everyOtherBundleHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = keys(BUNDLES.resolve("translations.properties"));
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(
                            file -> file.getFileName().toString().matches("translations_.+\\.properties"))
                    .toList()) {
                assertThat(keys(bundle)).as(bundle.toString()).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void theViewCodeWritesNoTextOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (String feature : VIEW_PACKAGES) {
            for (Path file : javaFiles(CODE.resolve(feature))) {
                found.addAll(textsIn(file));
            }
        }

        assertThat(found)
                .as("texts for people written in the code, not the bundle")
                .isEmpty();
    }

    @Test
    void theCheckFindsATextWrittenInTheCode() throws IOException {
        Path file = Files.createTempFile("View", ".java");
        Files.writeString(file, """
                class View {
                    // A comment may say "anything at all".
                    View() {
                        add(new Button("Play"));
                        setHelperText("None ticked: any");
                        throw new IllegalStateException("not for people, "
                                + "even on its second line");
                        String area = "Area around "; // not a text: a prefix of names in the data
                        setLabel("Speed");
                    }
                }
                """);
        try {
            assertThat(textsIn(file))
                    .containsExactly(
                            file.getFileName() + ":4: add(new Button(\"Play\"));",
                            file.getFileName() + ":5: setHelperText(\"None ticked: any\");",
                            file.getFileName() + ":9: setLabel(\"Speed\");");
        } finally {
            Files.delete(file);
        }
    }

    /** "file:line: code" of each line that writes a text for people. */
    private static List<String> textsIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean skippedStatement = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            String code =
                    line.contains("//") ? line.substring(0, line.indexOf("//")).strip() : line;
            // A statement that is not for people, to its semicolon.
            if (skippedStatement || NOT_FOR_PEOPLE.matcher(line).find()) {
                skippedStatement = !code.endsWith(";") && !code.endsWith("{");
                continue;
            }
            boolean text = TEXT_SETTER.matcher(code).find();
            Matcher literal = LITERAL.matcher(code);
            while (!text && literal.find()) {
                text = WORDS.matcher(literal.group(1)).find();
            }
            if (text) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + line);
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    /** The bundle's keys; a key given twice (Properties keeps the last) fails the test. */
    private static Set<String> keys(Path bundle) {
        List<String> given = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(bundle, StandardCharsets.ISO_8859_1)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && entry.contains("=")) {
                    given.add(entry.substring(0, entry.indexOf('=')).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(given).as("keys of " + bundle).doesNotHaveDuplicates();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
