package org.khorasanatlas.geodata;

import java.util.List;

/**
 * A data file in geodata/ that cannot be used. Start-up stops with it, so the message lists every problem
 * found, each naming the file, line, item and field, rather than only the first.
 */
public class InvalidDataException extends RuntimeException {

    private final transient List<DataProblem> problems;

    public InvalidDataException(List<DataProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }

    private static String describe(List<DataProblem> problems) {
        StringBuilder text = new StringBuilder(
                problems.size() == 1
                        ? "1 problem in the data files:"
                        : problems.size() + " problems in the data files:");
        problems.forEach(
                problem -> text.append(System.lineSeparator()).append("  ").append(problem));
        return text.toString();
    }
}
