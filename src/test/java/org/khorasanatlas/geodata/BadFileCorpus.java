package org.khorasanatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The corpus of bad data files, src/test/resources/bad-geodata/KIND/: each {@code good.*} file is read without a
 * problem; every other data file is refused, and its {@code NAME.expected} holds the problems, one a line, exactly
 * as start-up prints them (file, line, item, field, message). A new case is a file and its expected problems, no
 * code.
 */
public final class BadFileCorpus {

    private static final String EXPECTED = ".expected";

    private BadFileCorpus() {}

    /** One bad file and what must be said about it. */
    public record BadFile(DataFile file, List<String> expectedProblems) {

        /** Reading the file must throw, naming exactly the expected problems in their order. */
        public void assertRefusedBy(Consumer<DataFile> reader) {
            InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> reader.accept(file));
            assertThat(e).as("%s should be refused", file.name()).isNotNull();
            assertThat(e.problems())
                    .as("problems of %s", file.name())
                    .map(DataProblem::toString)
                    .containsExactlyElementsOf(expectedProblems);
        }

        @Override
        public String toString() {
            return file.name();
        }
    }

    /** The bad files of one kind, each with its expected problems; a file without them fails here. */
    public static Stream<BadFile> bad(String kind) {
        return dataFiles(kind).filter(name -> !name.startsWith("good")).map(name -> {
            Path expected = folder(kind).resolve(baseName(name) + EXPECTED);
            if (!Files.exists(expected)) {
                throw new IllegalStateException("bad-geodata/" + kind + "/" + name + " has no " + expected.getFileName()
                        + " listing the problems it must be refused with");
            }
            return new BadFile(TestDataFiles.fixture(kind + "/" + name), lines(expected));
        });
    }

    /** The good files of one kind: the baselines the bad ones are made from. */
    public static Stream<DataFile> good(String kind) {
        return dataFiles(kind)
                .filter(name -> name.startsWith("good"))
                .map(name -> TestDataFiles.fixture(kind + "/" + name));
    }

    /** The names of the expected-problem files that belong to no data file (a renamed or deleted case). */
    public static List<String> orphanedExpectations(String kind) {
        List<String> data = dataFiles(kind).map(BadFileCorpus::baseName).toList();
        return list(kind)
                .filter(name -> name.endsWith(EXPECTED))
                .filter(name -> !data.contains(name.substring(0, name.length() - EXPECTED.length())))
                .toList();
    }

    private static Stream<String> dataFiles(String kind) {
        return list(kind).filter(name -> !name.endsWith(EXPECTED));
    }

    private static Stream<String> list(String kind) {
        try (Stream<Path> files = Files.list(folder(kind))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String kind) {
        try {
            return Path.of(
                    BadFileCorpus.class.getResource("/bad-geodata/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String baseName(String name) {
        return name.substring(0, name.indexOf('.'));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
