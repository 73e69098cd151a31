package org.khorasanatlas.geodata;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so a reader reports all of them at once. */
public final class ProblemList {

    private final String file;
    private final List<DataProblem> problems = new ArrayList<>();

    public ProblemList(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(int line, String item, String field, String message) {
        problems.add(new DataProblem(file, line, item, field, message));
    }

    /** The problems found so far, in the order they were found. */
    public List<DataProblem> problems() {
        return List.copyOf(problems);
    }

    public int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws if any problem was found; a file is used whole or not at all. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }
}
