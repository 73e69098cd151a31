package org.khorasanatlas.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
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
