package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.rowtable.RowRequest;
import org.khorasanatlas.rowtable.RowRequest.SortOrder;

class TableQueryTest {

    private static final Set<String> KEYS = Set.of("date", "killed");

    @Test
    void readsASortAPageAndARowToShow() {
        assertThat(TableQuery.read("killed", "desc", "2", "a-1", KEYS, Language.ENGLISH))
                .isEqualTo(new RowRequest(Optional.of(new SortOrder("killed", true)), 2, Optional.of("a-1")));
        assertThat(TableQuery.read("date", null, null, null, KEYS, Language.ENGLISH))
                .isEqualTo(new RowRequest(Optional.of(new SortOrder("date", false)), 0, Optional.empty()));
        assertThat(TableQuery.read(null, null, null, null, KEYS, Language.ENGLISH))
                .isEqualTo(RowRequest.firstPage());
    }

    @Test
    void refusesEveryBadValueByName() {
        assertThat(problems("colour", "up", "-1"))
                .containsExactly(RowRequest.DIRECTION, RowRequest.SORT, RowRequest.PAGE);
        assertThat(problems(null, "asc", "two")).containsExactly(RowRequest.DIRECTION, RowRequest.PAGE);
        assertThat(problems("date", null, "99999999999")).containsExactly(RowRequest.PAGE);
    }

    private static java.util.List<String> problems(String sort, String direction, String page) {
        return catchThrowableOfType(
                        BadParametersException.class,
                        () -> TableQuery.read(sort, direction, page, null, KEYS, Language.ENGLISH))
                .problems()
                .stream()
                .map(ParameterProblem::parameter)
                .toList();
    }
}
