package org.khorasanatlas.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khorasanatlas.geodata.ProblemList;

/**
 * A source's link becomes an {@code href} on the page, so only http(s) with a host is read; anything else stops the
 * file with a problem naming the file, line, item and field.
 */
class SourceReaderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "data:text/html,<script>x</script>",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "//evil.example/report",
                "https:report",
                "/relative/report",
                " javascript:alert(1)",
                "https://exa mple.org/"
            })
    void onlyHttpLinksWithAHostAreRead(String url) {
        ProblemList problems = new ProblemList("geodata/attacks.geojson");

        assertThat(SourceReader.read(
                        new SourceJson("Wire", "Report", "2020-01-01", url),
                        problems,
                        7,
                        "2020-01-01-x",
                        "properties.sources[0]"))
                .isEmpty();

        assertThat(problems.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("geodata/attacks.geojson");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.item()).isEqualTo("2020-01-01-x");
            assertThat(problem.field()).isEqualTo("properties.sources[0].url");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/report", "HTTP://example.org/a?b=c#d"})
    void httpLinksAreRead(String url) {
        ProblemList problems = new ProblemList("geodata/attacks.geojson");

        assertThat(SourceReader.read(
                        new SourceJson("Wire", "Report", "2020-01-01", url),
                        problems,
                        7,
                        "2020-01-01-x",
                        "properties.sources[0]"))
                .isPresent();
        assertThat(problems.isEmpty()).isTrue();
    }
}
