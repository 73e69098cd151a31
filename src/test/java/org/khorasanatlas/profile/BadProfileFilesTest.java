package org.khorasanatlas.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;

/**
 * Bad profile files (src/test/resources/bad-geodata/profile/). The profile is read as one document, so its
 * checks name the section and field but not a line; only syntax and type errors carry one.
 */
class BadProfileFilesTest {

    private final GroupProfileReader reader = new GroupProfileReader(new JsonDataReader());

    @Test
    void theBaselineFixtureIsValid() {
        GroupProfile profile = reader.read(TestDataFiles.fixture("profile/good.json"));

        assertThat(profile.sections()).singleElement().satisfies(section -> {
            assertThat(section.id()).isEqualTo("founding");
            assertThat(section.facts()).singleElement()
                    .satisfies(fact -> assertThat(fact.sources()).hasSize(1));
        });
    }

    @Test
    void factCitingAnUnknownSource() {
        DataProblem problem = onlyProblemOf("unknown-source-key.json");

        assertThat(problem.item()).isEqualTo("founding");
        assertThat(problem.field()).isEqualTo("facts[0].sources");
        assertThat(problem.message()).contains("\"bbc\"");
    }

    @Test
    void factWithoutSources() {
        DataProblem problem = onlyProblemOf("fact-without-sources.json");

        assertThat(problem.item()).isEqualTo("founding");
        assertThat(problem.field()).isEqualTo("facts[0].sources");
    }

    @Test
    void everyProblemIsReported() {
        List<DataProblem> problems = problemsOf("two-bad-facts.json");

        assertThat(problems).extracting(DataProblem::item, DataProblem::field).contains(
                tuple("un", "sources.un.url"),
                tuple("founding", "facts[0].sources"),
                tuple("strength", "facts[0].sources"),
                tuple("strength", "facts[0].figure"));
    }

    @Test
    void unknownFieldIsRefusedWithItsLine() {
        DataProblem problem = onlyProblemOf("unknown-field.json");

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("sections[0].facts[0].year");
    }

    @Test
    void truncatedFileIsRefusedWithItsLine() {
        assertThat(onlyProblemOf("truncated.json").line()).isPositive();
    }

    @Test
    void fileHoldingOnlyNull() {
        assertThat(onlyProblemOf("null-document.json").message()).contains("profile object");
    }

    @Test
    void nullSection() {
        DataProblem problem = onlyProblemOf("null-section.json");

        assertThat(problem.item()).isEqualTo("sections[0]");
        assertThat(problem.field()).isEqualTo("sections[0]");
    }

    @Test
    void nullFact() {
        DataProblem problem = onlyProblemOf("null-fact.json");

        assertThat(problem.item()).isEqualTo("founding");
        assertThat(problem.field()).isEqualTo("facts[0]");
    }

    @Test
    void nullAlias() {
        assertThat(onlyProblemOf("null-alias.json").field()).isEqualTo("aliases[1]");
    }

    @Test
    void numberWrittenAsText(@TempDir Path dir) throws IOException {
        DataProblem problem = onlyProblemOf(changed(dir, "\"sources\": [\"un\"]}",
                "\"figure\": {\"low\": \"100\", \"high\": 200}, \"sources\": [\"un\"]}"));

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("sections[0].facts[0].figure.low");
    }

    @Test
    void figureLowAboveHigh(@TempDir Path dir) throws IOException {
        DataProblem problem = onlyProblemOf(changed(dir, "\"sources\": [\"un\"]}",
                "\"figure\": {\"low\": 300, \"high\": 200}, \"sources\": [\"un\"]}"));

        assertThat(problem.item()).isEqualTo("founding");
        assertThat(problem.field()).isEqualTo("facts[0].figure");
    }

    @Test
    void sectionIdTwice(@TempDir Path dir) throws IOException {
        String section = "{\"id\": \"founding\", \"title\": \"Again\", \"facts\": [{\"heading\": \"H\", "
                + "\"text\": \"T\", \"sources\": [\"un\"]}]}";
        DataProblem problem = onlyProblemOf(changed(dir, "[\"un\"]}]}]}", "[\"un\"]}]}, " + section + "]}"));

        assertThat(problem.item()).isEqualTo("founding");
        assertThat(problem.field()).isEqualTo("sections[1].id");
    }

    @Test
    void notUtf8(@TempDir Path dir) throws IOException {
        DataFile file = TestDataFiles.file(TestDataFiles.withBytesBefore("profile/good.json", "Announced",
                new byte[] {(byte) 0xFF}, dir.resolve("not-utf8.json")));

        DataProblem problem = onlyProblemOf(file);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).containsIgnoringCase("UTF-8");
    }

    /** A 50 MB profile, almost all of it one fact's text: refused at that text. */
    @Test
    void fiftyMegabyteFile(@TempDir Path dir) throws IOException {
        Path path = TestDataFiles.fiftyMegabytesBefore("profile/good.json", "IS announced",
                dir.resolve("fifty-megabytes.json"));

        DataProblem problem = onlyProblemOf(TestDataFiles.file(path));

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.field()).isEqualTo("sections[0].facts[0].text");
    }

    /** good.json with one piece of text replaced, written to {@code dir}. */
    private static DataFile changed(Path dir, String from, String to) throws IOException {
        String good = new String(TestDataFiles.fixture("profile/good.json").bytes(), StandardCharsets.UTF_8);
        assertThat(good).contains(from);
        return TestDataFiles.file(Files.writeString(dir.resolve("changed.json"), good.replace(from, to)));
    }

    private DataProblem onlyProblemOf(DataFile file) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> reader.read(file));
        assertThat(e).as("%s should be refused", file.name()).isNotNull();
        assertThat(e.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo(file.name()));
        return e.problems().getFirst();
    }

    private DataProblem onlyProblemOf(String fixture) {
        List<DataProblem> problems = problemsOf(fixture);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private List<DataProblem> problemsOf(String fixture) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> reader.read(TestDataFiles.fixture("profile/" + fixture)));
        assertThat(e).as("%s should be refused", fixture).isNotNull();
        assertThat(e.problems()).allSatisfy(
                problem -> assertThat(problem.file()).isEqualTo("bad-geodata/profile/" + fixture));
        return e.problems();
    }
}
