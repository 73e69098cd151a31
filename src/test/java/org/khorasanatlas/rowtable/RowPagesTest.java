package org.khorasanatlas.rowtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.rowtable.RowPage.Cell;
import org.khorasanatlas.rowtable.RowRequest.SortOrder;

class RowPagesTest {

    private static final List<Integer> NUMBERS =
            IntStream.rangeClosed(1, 25).boxed().toList();
    private static final RowOrders<Integer> ORDERS = new RowOrders<Integer>(
                    new SortOrder("n", false), Comparator.naturalOrder())
            .with("n", Comparator.naturalOrder())
            .with("odd", Comparator.comparing(n -> n % 2 == 0));
    private final RowPages<Integer> pages = new RowPages<>(10, String::valueOf);

    @Test
    void cutsTheItemsIntoPagesAndSaysWhereEachLies() {
        RowPage second = page(new RowRequest(Optional.empty(), 1, Optional.empty()));

        assertThat(second.total()).isEqualTo(25);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(ids(second)).containsExactly("11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
        assertThat(second.range()).isEqualTo("11-20/25");
        assertThat(second.rows().getFirst().cells()).containsExactly(Cell.of("#11"));
        assertThat(second.sort()).isEqualTo("n");
        assertThat(second.dir()).isEqualTo("asc");
    }

    @Test
    void aPagePastTheLastIsTheLast() {
        RowPage last = page(new RowRequest(Optional.empty(), 9, Optional.empty()));

        assertThat(last.page()).isEqualTo(2);
        assertThat(ids(last)).containsExactly("21", "22", "23", "24", "25");
        assertThat(last.range()).isEqualTo("21-25/25");
    }

    @Test
    void aRowAskedForBringsItsPageInTheSortAskedFor() {
        // Odd numbers first, each group by number: 1, 3, ..., 25 (13 of them), then 2, 4, ...
        RowPage page = page(new RowRequest(Optional.of(new SortOrder("odd", false)), 0, Optional.of("4")));

        assertThat(page.page()).isEqualTo(1);
        assertThat(ids(page)).startsWith("21", "23", "25", "2", "4");
    }

    @Test
    void aRowNotListedLeavesThePageAskedFor() {
        RowPage page = page(new RowRequest(Optional.empty(), 1, Optional.of("99")));

        assertThat(page.page()).isEqualTo(1);
    }

    @Test
    void descendingReversesTheColumnButNotTheTies() {
        RowPage page = page(new RowRequest(Optional.of(new SortOrder("odd", true)), 0, Optional.empty()));

        assertThat(ids(page)).startsWith("2", "4", "6");
        assertThat(page.dir()).isEqualTo("desc");
    }

    @Test
    void noRowsMakeOneEmptyPageWithNoRange() {
        RowPage page = pages.page(
                List.of(), new SortOrder("n", false), RowRequest.firstPage(), n -> List.of(), (a, b, c) -> "never");

        assertThat(page.rows()).isEmpty();
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.range()).isEmpty();
    }

    private RowPage page(RowRequest request) {
        return pages.page(
                ORDERS.sorted(NUMBERS, request.sort()),
                ORDERS.applied(request.sort()),
                request,
                n -> List.of(Cell.of("#" + n)),
                (first, last, total) -> first + "-" + last + "/" + total);
    }

    private static List<String> ids(RowPage page) {
        return page.rows().stream().map(RowPage.Row::id).toList();
    }
}
