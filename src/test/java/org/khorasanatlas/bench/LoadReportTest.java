package org.khorasanatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LoadReportTest {

    @Test
    void replacesOnlyItsOwnSection() {
        String document = "# Benchmarks\n\nbrowser figures\n\n" + LoadReport.START + "\nold\n" + LoadReport.END
                + "\n\n## After\n";

        String updated = LoadReport.replaceSection(document, "## Load and soak\n\nnew\n");

        assertThat(updated)
                .isEqualTo("# Benchmarks\n\nbrowser figures\n\n" + LoadReport.START + "\n## Load and soak\n\nnew\n"
                        + LoadReport.END + "\n\n## After\n");
    }

    @Test
    void appendsTheSectionWhenTheFileHasNone() {
        assertThat(LoadReport.replaceSection("# Benchmarks\n\nbrowser figures\n", "## Load and soak"))
                .isEqualTo("# Benchmarks\n\nbrowser figures\n\n" + LoadReport.START + "\n## Load and soak\n"
                        + LoadReport.END + "\n");
        assertThat(LoadReport.replaceSection("", "x")).isEqualTo(LoadReport.START + "\nx\n" + LoadReport.END + "\n");
    }

    @Test
    void theBrowserBenchmarkCanCarryTheSectionOver() {
        String section = LoadReport.START + "\n## Load and soak\n\nfigures\n" + LoadReport.END;

        assertThat(LoadReport.existingSection("# Benchmarks\n\nold figures\n\n" + section + "\n"))
                .contains(section);
        assertThat(LoadReport.existingSection("# Benchmarks\n\nno load test yet\n"))
                .isEmpty();
        assertThat(LoadReport.existingSection(LoadReport.END + " then " + LoadReport.START))
                .isEmpty();
    }

    @Test
    void theBrowserBenchmarkCarriesTheHostileLoadFiguresOverToo() {
        String load = LoadReport.START + "\n## Load and soak\n" + LoadReport.END;
        String hostile = LoadReport.HOSTILE_START + "\n## Hostile load\n\nfigures\n" + LoadReport.HOSTILE_END;
        String document = "# Benchmarks\n\n" + load + "\n\n" + hostile + "\n";

        assertThat(LoadReport.hostileSection(document)).contains(hostile);
        assertThat(LoadReport.existingSection(document)).contains(load);
        assertThat(LoadReport.hostileSection("# Benchmarks\n\n" + load + "\n")).isEmpty();
    }

    @Test
    void capacityIsTheLargestPassingStepBeforeTheFirstFailure() {
        List<LoadPhase.Result> steps = List.of(step(25, 90, 0), step(50, 120, 0), step(100, 450, 0), step(200, 100, 0));

        assertThat(LoadReport.capacity(steps)).isEqualTo("50 concurrent sessions");
        assertThat(LoadReport.capacity(List.of(step(25, 90, 1)))).startsWith("below 25 sessions");
        assertThat(LoadReport.capacity(List.of(step(25, 90, 0)))).startsWith("at least 25");
    }

    @Test
    void sectionHasTheStepTableCapacitySoakAndVerdicts() {
        LoadPlan plan = LoadPlan.from(new Properties());
        Map<String, String> machine = new LinkedHashMap<>(Map.of("Date", "today"));
        String md = LoadReport.section(
                machine,
                plan,
                List.of(step(25, 90, 0), step(50, 400, 2)),
                step(200, 120, 0),
                new HeapTrend(List.of(100L << 20, 101L << 20, 100L << 20)));

        assertThat(md)
                .startsWith("## Load and soak")
                .contains("| 25 | 100 | 20 | 90.0 ms | 90.0 ms | 90.0 ms | 0 | met |")
                .contains("| 50 | 102 | 20 | 400 ms | 400 ms | 400 ms | 2 | **failed**: 2 errors, p95 over 300 ms |")
                .contains("**Capacity: 25 concurrent sessions**")
                .contains("| soak: zero errors | 0 errors in 100 requests | met |")
                .contains(
                        "| soak: heap flat after GC (fitted growth ≤ 5% of the first sample) | 0 B over the soak | met |");
    }

    private static LoadPhase.Result step(int sessions, double ms, int errors) {
        LoadPhase phase =
                new LoadPhase(sessions + " sessions", sessions, Duration.ZERO, Duration.ofHours(1), System::nanoTime);
        phase.begin();
        for (int i = 0; i < 100; i++) {
            phase.answered(i % 5 == 0, (long) ms);
        }
        for (int i = 0; i < errors; i++) {
            phase.failed("year change: bad");
        }
        return phase.result();
    }
}
