package org.khorasanatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One broken file of each kind the app reads at start-up (attacks, profile, region, base map, imported attacks), in an
 * otherwise good copy of geodata/: the whole app refuses to start, with a report that names the file, the line, the
 * feature and the field, and it never opens its port (no half-loaded app). The readers' own tests hold the full
 * corpus of broken files; this proves each of them stops the real start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenDataStartupTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SHIPPED = Path.of("geodata");
    private static final Path IMPORTED_SAMPLE = Path.of("src/test/resources/geodata/imported/ucdp-ged-sample.geojson");
    private static final String IMPORTED = "imported/sample.geojson";

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("attacks.geojson", "2021-08-26-kabul-airport", "properties.killed", (Consumer<JsonNode>)
                        attacks -> ((ObjectNode) feature(attacks, "2021-08-26-kabul-airport")
                                        .at("/properties/killed"))
                                .put("low", 9_999)),
                Arguments.of("profile.json", "", "sections[0].facts[0].figure.low", (Consumer<JsonNode>)
                        profile -> ((ObjectNode) profile.at("/sections/0/facts/0"))
                                .putObject("figure")
                                .put("low", "ten")
                                .put("high", 20)),
                Arguments.of("region/khorasan.geojson", "historic-khorasan", "properties.name", (Consumer<JsonNode>)
                        region -> ((ObjectNode) region.at("/features/0/properties")).remove("name")),
                Arguments.of("basemap/countries.geojson", "AFG", "geometry", (Consumer<JsonNode>) countries ->
                        ((ArrayNode) feature(countries, "AFG").at("/geometry/coordinates/0/0")).set(0, "NaN")),
                Arguments.of(IMPORTED, "ucdp-194824", "geometry.coordinates", (Consumer<JsonNode>) imported ->
                        ((ArrayNode) feature(imported, "ucdp-194824").at("/geometry/coordinates")).set(0, "NaN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileStopsTheStart(
            String path,
            String item,
            String field,
            Consumer<JsonNode> breakIt,
            @TempDir Path data,
            CapturedOutput output)
            throws IOException {
        copy(SHIPPED, data);
        Files.createDirectories(data.resolve(IMPORTED).getParent());
        Files.copy(IMPORTED_SAMPLE, data.resolve(IMPORTED));
        JsonNode content = JSON.readTree(data.resolve(path).toFile());
        breakIt.accept(content);
        write(content, data.resolve(path));
        int port = freePort();

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(KhorasanAtlasApplication.class)
                .properties(
                        "server.port=" + port,
                        "atlas.data.location=file:" + data.toAbsolutePath() + "/",
                        "atlas.data.imported=" + IMPORTED,
                        "spring.main.banner-mode=off",
                        // Vaadin's set-up (seconds in dev mode) does not touch the data; the web server still starts.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
                .run()
                .close());

        InvalidDataException invalid = cause(failure);
        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("geodata/" + path);
            assertThat(problem.line()).isPositive();
            assertThat(problem.item()).isEqualTo(item);
            assertThat(problem.field()).isEqualTo(field);
        });
        DataProblem problem = invalid.problems().getFirst();
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        problem.toString(),
                        "The app does not start on partly valid data");
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
    }

    private static InvalidDataException cause(Throwable failure) {
        assertThat(failure).as("the start should fail").isNotNull();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidDataException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("the start failed for another reason", failure);
    }

    private static JsonNode feature(JsonNode collection, String idOrIso3) {
        for (JsonNode feature : collection.get("features")) {
            if (idOrIso3.equals(feature.path("id").asString(null))
                    || idOrIso3.equals(feature.at("/properties/iso3").asString(null))) {
                return feature;
            }
        }
        throw new IllegalArgumentException("no feature " + idOrIso3);
    }

    /** A FeatureCollection one feature a line, as the shipped files are, so that lines tell features apart. */
    private static void write(JsonNode content, Path file) throws IOException {
        if (!content.has("features")) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), content);
            return;
        }
        List<String> features = new ArrayList<>();
        content.get("features").forEach(feature -> features.add(JSON.writeValueAsString(feature)));
        Files.writeString(
                file, "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !from.relativize(f).startsWith("scripts"))
                    .toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
