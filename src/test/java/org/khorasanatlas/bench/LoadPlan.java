package org.khorasanatlas.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load test runs: the step-up of concurrent sessions (each step ramps its sessions in, then holds them;
 * only the hold is measured), and the soak. Read from system properties so a short trial is one option away:
 * {@code -Dload.steps=10,20 -Dload.hold=20s -Dload.soak=60s}.
 */
record LoadPlan(
        List<Integer> steps,
        Duration stepRamp,
        Duration stepHold,
        int soakSessions,
        Duration soakRamp,
        Duration soak,
        Duration thinkMin,
        Duration thinkMax) {

    static final String DEFAULT_STEPS = "25,50,100,200,400,800,1000,1200,1600";
    /** Year change p95 the issue asks for under load, and the verdict line of each step. */
    static final double P95_LIMIT_MS = 300;
    /** Past the planned phases: page opens, report and a last slow answer; then Gatling stops whatever runs. */
    private static final Duration SLACK = Duration.ofMinutes(3);

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

    LoadPlan {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.stream().anyMatch(s -> s <= 0)) {
            throw new IllegalArgumentException("load.steps: give positive session counts, such as 25,50,100");
        }
    }

    static LoadPlan from(Properties properties) {
        String steps = property(properties, "load.steps", DEFAULT_STEPS);
        List<Integer> counts;
        try {
            counts = Arrays.stream(steps.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("load.steps: not a list of session counts: \"" + steps + "\"");
        }
        return new LoadPlan(
                counts,
                duration(properties, "load.ramp", "15s"),
                duration(properties, "load.hold", "30s"),
                sessions(property(properties, "load.soakSessions", "200")),
                duration(properties, "load.soakRamp", "20s"),
                duration(properties, "load.soak", "10m"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    /** "60s", "10m", "500ms", or plain seconds. */
    static Duration parseDuration(String name, String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(name + ": not a duration such as 60s or 10m: \"" + text + "\"");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static Duration duration(Properties properties, String name, String fallback) {
        return parseDuration(name, property(properties, name, fallback));
    }

    /** Maven passes every option on, blank when not given. */
    private static String property(Properties properties, String name, String fallback) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int sessions(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("load.soakSessions: not a session count: \"" + text + "\"");
        }
    }

    /** The longest the step-up can take (the warm-up, then every step passing). */
    Duration stepUpAtMost() {
        return stepRamp.plus(stepHold).multipliedBy(steps.size() + 1L); // the steps and a warm-up as long as one
    }

    /** A hard stop for the whole simulation. */
    Duration maxDuration() {
        return stepUpAtMost().plus(soakRamp).plus(soak).plus(SLACK);
    }

    /** The options as they would be given on the command line, for the report ("" for the defaults). */
    String options() {
        LoadPlan defaults = from(new Properties());
        StringBuilder options = new StringBuilder();
        if (!steps.equals(defaults.steps)) {
            options.append(" -Dload.steps=")
                    .append(String.join(",", steps.stream().map(String::valueOf).toList()));
        }
        appendIfChanged(options, "load.ramp", stepRamp, defaults.stepRamp);
        appendIfChanged(options, "load.hold", stepHold, defaults.stepHold);
        if (soakSessions != defaults.soakSessions) {
            options.append(" -Dload.soakSessions=").append(soakSessions);
        }
        appendIfChanged(options, "load.soakRamp", soakRamp, defaults.soakRamp);
        appendIfChanged(options, "load.soak", soak, defaults.soak);
        return options.toString();
    }

    private static void appendIfChanged(StringBuilder options, String name, Duration value, Duration fallback) {
        if (!value.equals(fallback)) {
            options.append(" -D").append(name).append('=').append(format(value));
        }
    }

    static String format(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + "m";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
