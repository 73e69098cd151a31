package org.khorasanatlas.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.geodata.Wording;

/**
 * Which page of a table's rows the browser asks for: a sort (none for the table's own order), a page, and
 * possibly a row to show, whose page then wins over the page asked for.
 */
public record RowRequest(Optional<SortOrder> sort, int page, Optional<String> around) {

    public static final String SORT = "sort";
    public static final String DIRECTION = "dir";
    public static final String PAGE = "page";
    public static final String AROUND = "around";
    public static final Set<String> PARAMETERS = Set.of(SORT, DIRECTION, PAGE, AROUND);

    /** A column to sort by, and which way. */
    public record SortOrder(String key, boolean descending) {}

    public static RowRequest firstPage() {
        return new RowRequest(Optional.empty(), 0, Optional.empty());
    }

    /** A request read from its parameters (each null when not given), or what is wrong with them. */
    public record Parsed(RowRequest request, List<ParameterProblem> problems) {}

    /** @param sortKeys the keys of the columns the table can sort by */
    public static Parsed parse(String sort, String direction, String page, String around, Set<String> sortKeys) {
        List<ParameterProblem> problems = new ArrayList<>();
        Optional<SortOrder> order = Optional.empty();
        if (sort != null) {
            if (!sortKeys.contains(sort)) {
                problems.add(
                        problem(SORT, sort, Wording.of("problem.sort", String.join(", ", new TreeSet<>(sortKeys)))));
            }
            boolean descending = "desc".equals(direction);
            if (direction != null && !descending && !"asc".equals(direction)) {
                problems.add(problem(DIRECTION, direction, Wording.of("problem.direction")));
            }
            order = Optional.of(new SortOrder(sort, descending));
        } else if (direction != null) {
            problems.add(problem(DIRECTION, direction, Wording.of("problem.direction")));
        }
        int pageNumber = 0;
        if (page != null) {
            try {
                pageNumber = Integer.parseInt(page);
            } catch (NumberFormatException e) {
                pageNumber = -1;
            }
            if (pageNumber < 0) {
                problems.add(problem(PAGE, page, Wording.of("problem.page")));
            }
        }
        return new Parsed(new RowRequest(order, Math.max(0, pageNumber), Optional.ofNullable(around)), problems);
    }

    private static ParameterProblem problem(String parameter, String value, Wording message) {
        return new ParameterProblem(parameter, value, message, ParameterProblem.IGNORED);
    }

    /** The request as a stable text, for a cache validator. */
    public String canonical() {
        return sort.map(order -> order.key() + (order.descending() ? "-desc" : "-asc"))
                        .orElse("") + "/" + page + around.map(id -> "/" + id).orElse("");
    }
}
