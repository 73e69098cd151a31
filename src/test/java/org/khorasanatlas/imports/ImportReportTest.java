package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void listsLinesAsRanges() {
        assertThat(ImportReport.ranges(List.of(3, 5, 6, 7, 9, 12, 13))).isEqualTo("3, 5-7, 9, 12-13");
        assertThat(ImportReport.ranges(List.of(42))).isEqualTo("42");
    }

    @Test
    void cutsAVeryLongListShortAndSaysHowManyLinesAreLeft() {
        List<Integer> everyOtherLine =
                IntStream.range(0, 1000).map(i -> 2 + 2 * i).boxed().toList();

        String listed = ImportReport.ranges(everyOtherLine);

        assertThat(listed).startsWith("2, 4, 6").contains(", 100 and 950 more").doesNotContain("102");
    }
}
