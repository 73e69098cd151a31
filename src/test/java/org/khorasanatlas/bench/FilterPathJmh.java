package org.khorasanatlas.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.khorasanatlas.events.FilterPathBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link FilterPathBenchmark} with JMH in one forked JVM, sampling the time of single calls (so the report
 * can give median and p95 per call, like every other figure).
 */
final class FilterPathJmh {

    record Row(String method, String what, double medianMs, double p95Ms, long calls) {}

    /** What a change costs the server, as {@link FilterPathBenchmark} measures it. */
    private static final String CHANGE =
            "the change on the server (query, totals, totals by province, grid squares of the view, map JSON)";

    static final Map<String, String> WHAT = Map.of(
            "findYear", "query: one year",
            "findAllYears", "query: all years",
            "findYearCountryClaimDeaths", "query: year + country + claim + minimum deaths",
            "yearChange", "one year: " + CHANGE,
            "allYearsChange", "all years: " + CHANGE,
            "yearCountryClaimDeathsChange", "one year + country + claim + minimum deaths: " + CHANGE,
            "allYearsCountryClaimDeathsChange", "all years + country + three claims + at least one death: " + CHANGE);

    private FilterPathJmh() {}

    static List<Row> run(int events, Path geodata, int measurementSeconds) {
        var options = new OptionsBuilder()
                .include(FilterPathBenchmark.class.getName())
                .param("events", String.valueOf(events))
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(measurementSeconds))
                .jvmArgsAppend("-Xmx4g", "-D" + FilterPathBenchmark.GEODATA_PROPERTY + "=" + geodata.toAbsolutePath())
                .shouldFailOnError(true)
                .build();
        try {
            Collection<RunResult> results = new Runner(options).run();
            return results.stream().map(FilterPathJmh::row).toList();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed", e);
        }
    }

    private static Row row(RunResult result) {
        String label = result.getParams().getBenchmark();
        String method = label.substring(label.lastIndexOf('.') + 1);
        Statistics statistics = result.getPrimaryResult().getStatistics();
        return new Row(
                method,
                WHAT.getOrDefault(method, method),
                statistics.getPercentile(50),
                statistics.getPercentile(95),
                statistics.getN());
    }
}
