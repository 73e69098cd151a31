package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What the production jar carries: no test-only library (a test dependency's runtime-scoped parts once brought 6 MB of
 * netty-tcnative native code), none of the Vaadin starter's parts the app does not use, and a Tomcat no older than
 * the patch release the pom asks for.
 */
class JarContentsIT {

    private static final List<String> NOT_IN_PRODUCTION = List.of(
            "netty",
            "gatling",
            "scala",
            "playwright",
            "junit",
            "assertj",
            "mockito",
            "jmh",
            "archunit",
            "axe-core",
            "browserless",
            "vaadin-dev",
            "copilot",
            "collaboration-engine",
            "vaadin-ai-components",
            "reactor-core");
    private static final Pattern TOMCAT = Pattern.compile("tomcat-embed-core-11\\.0\\.(\\d+)\\.jar");
    private static final int OLDEST_TOMCAT_PATCH = 29;

    @Test
    void theProductionJarHoldsOnlyWhatTheAppRuns() throws IOException {
        List<String> libraries;
        try (JarFile jar = new JarFile(RunningApp.findJar().toFile())) {
            libraries = jar.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }

        assertThat(libraries)
                .isNotEmpty()
                .noneMatch(library -> NOT_IN_PRODUCTION.stream().anyMatch(library::contains));
        assertThat(libraries)
                .filteredOn(library -> TOMCAT.matcher(library).matches())
                .singleElement()
                .satisfies(library -> {
                    Matcher matcher = TOMCAT.matcher(library);
                    assertThat(matcher.matches()).isTrue();
                    assertThat(Integer.parseInt(matcher.group(1))).isGreaterThanOrEqualTo(OLDEST_TOMCAT_PATCH);
                });
    }
}
