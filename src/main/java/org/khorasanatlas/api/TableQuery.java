package org.khorasanatlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.geodata.Wording;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.rowtable.RowRequest;
import org.khorasanatlas.rowtable.RowRequest.SortOrder;

/** Reads a table's own parameters (sort, dir, page, around) as strictly as the filter's: any problem refuses. */
final class TableQuery {

    private TableQuery() {}

    /**
     * @param sort and the other values: as sent, each null when not given
     * @param sortKeys the keys of the columns the table can sort by
     * @param language the language the problems are worded in
     */
    static RowRequest read(
            String sort, String direction, String page, String around, Set<String> sortKeys, Language language) {
        List<ParameterProblem> problems = new ArrayList<>();
        boolean descending = "desc".equals(direction);
        if (direction != null && (sort == null || !descending && !"asc".equals(direction))) {
            problems.add(problem(RowRequest.DIRECTION, direction, Wording.of("problem.direction")));
        }
        if (sort != null && !sortKeys.contains(sort)) {
            problems.add(problem(
                    RowRequest.SORT, sort, Wording.of("problem.sort", String.join(", ", new TreeSet<>(sortKeys)))));
        }
        int pageNumber = page == null ? 0 : pageNumber(page);
        if (pageNumber < 0) {
            problems.add(problem(RowRequest.PAGE, page, Wording.of("problem.page")));
        }
        if (!problems.isEmpty()) {
            throw new BadParametersException(problems, language);
        }
        return new RowRequest(
                Optional.ofNullable(sort).map(key -> new SortOrder(key, descending)),
                pageNumber,
                Optional.ofNullable(around));
    }

    /** The page's number, or -1 when it is none (nine digits at most, so it always fits an int). */
    private static int pageNumber(String page) {
        return page.matches("\\d{1,9}") ? Integer.parseInt(page) : -1;
    }

    private static ParameterProblem problem(String parameter, String value, Wording message) {
        return new ParameterProblem(parameter, value, message, ParameterProblem.IGNORED);
    }
}
