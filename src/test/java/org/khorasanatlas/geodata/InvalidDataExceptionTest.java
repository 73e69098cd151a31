package org.khorasanatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class InvalidDataExceptionTest {

    @Test
    void problemNamesFileLineItemAndField() {
        DataProblem problem = new DataProblem(
                "geodata/attacks.geojson",
                889,
                "2021-08-26-kabul-airport",
                "properties.killed",
                "needs 0 <= low <= best <= high");

        assertThat(problem)
                .hasToString("geodata/attacks.geojson:889 [2021-08-26-kabul-airport] "
                        + "field 'properties.killed': needs 0 <= low <= best <= high");
    }

    @Test
    void problemWithoutLineItemOrFieldLeavesThemOut() {
        assertThat(new DataProblem("geodata/profile.json", 0, "", "", "file not found"))
                .hasToString("geodata/profile.json: file not found");
    }

    @Test
    void messageListsEveryProblem() {
        ProblemList problems = new ProblemList("geodata/attacks.geojson");
        problems.add(2, "a", "id", "first");
        problems.add(5, "b", "id", "second");

        assertThatExceptionOfType(InvalidDataException.class)
                .isThrownBy(problems::throwIfAny)
                .withMessageStartingWith("2 problems in the data files:")
                .withMessageContaining("geodata/attacks.geojson:2 [a] field 'id': first")
                .withMessageContaining("geodata/attacks.geojson:5 [b] field 'id': second")
                .satisfies(e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void singleProblemIsSingular() {
        assertThat(new InvalidDataException(List.of(new DataProblem("f", 0, "", "", "m"))))
                .hasMessageStartingWith("1 problem in the data files:");
    }

    @Test
    void emptyProblemListDoesNotThrow() {
        ProblemList problems = new ProblemList("geodata/attacks.geojson");

        problems.throwIfAny();

        assertThat(problems.isEmpty()).isTrue();
    }
}
