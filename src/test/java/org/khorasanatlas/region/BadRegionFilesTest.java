package org.khorasanatlas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.TestDataFiles;

/**
 * Broken region and base-map files (geodata/region/khorasan.geojson, geodata/basemap/countries.geojson) are refused
 * whole, each problem naming the file, the feature's line and id, and the field. Each file is a small good one, one
 * feature a line as the shipped files are, with one thing broken.
 */
class BadRegionFilesTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[60,30],[61,30],[61,31],[60,30]]]}";

    @TempDir
    Path dir;

    @Test
    void theBaselineFilesAreValid() throws IOException {
        assertThat(new KhorasanRegion(region(regionFeature("a", "A", SQUARE))).layers()).hasSize(1);
        assertThat(new CountryOutlines(basemap(countryFeature("AFG", SQUARE))).isKnown("AFG")).isTrue();
    }

    @Test
    void regionFeatureCutShort() throws IOException {
        String good = regionFeature("a", "A", SQUARE);
        assertOnlyProblem(region(good.substring(0, good.length() / 2)), KhorasanRegion::new, "", "", 2);
    }

    @Test
    void regionWithoutAName() throws IOException {
        assertOnlyProblem(region(regionFeature("a", "", SQUARE)), KhorasanRegion::new, "a", "properties.name", 2);
    }

    @Test
    void regionIdsTwice() throws IOException {
        assertOnlyProblem(region(regionFeature("a", "A", SQUARE), regionFeature("a", "B", SQUARE)),
                KhorasanRegion::new, "a", "properties.id", 3);
    }

    @Test
    void regionWithNotANumberCoordinate() throws IOException {
        DataProblem problem = assertOnlyProblem(region(regionFeature("a", "A", SQUARE.replace("[61,31]",
                "[\"NaN\",31]"))), KhorasanRegion::new, "a", "geometry", 2);

        assertThat(problem.message()).contains("NaN");
    }

    @Test
    void regionWithAPointForAnArea() throws IOException {
        assertOnlyProblem(region(regionFeature("a", "A", "{\"type\":\"Point\",\"coordinates\":[60,30]}")),
                KhorasanRegion::new, "a", "geometry", 2);
    }

    @Test
    void regionNotUtf8() throws IOException {
        DataProblem problem = assertOnlyProblem(notUtf8("khorasan.geojson", regionFeature("a", "A", SQUARE)),
                KhorasanRegion::new, "", "", 2);

        assertThat(problem.message()).containsIgnoringCase("UTF-8");
    }

    @Test
    void countryFileCutShort() throws IOException {
        String good = collection(countryFeature("AFG", SQUARE));
        byte[] cut = good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8);
        assertOnlyProblem(write("countries.geojson", cut), CountryOutlines::new, "", "", 2);
    }

    @Test
    void countryWithALatitudeOutOfRange() throws IOException {
        assertOnlyProblem(basemap(countryFeature("AFG", SQUARE.replace("[61,31]", "[61,310]"))), CountryOutlines::new,
                "AFG", "geometry", 2);
    }

    @Test
    void countryWithAMissingPosition() throws IOException {
        assertOnlyProblem(basemap(countryFeature("PAK", SQUARE.replace("[61,31],", "null,"))), CountryOutlines::new,
                "PAK", "geometry", 2);
    }

    @Test
    void countryWithANumberWrittenAsText() throws IOException {
        assertOnlyProblem(basemap(countryFeature("AFG", SQUARE), countryFeature("IRN", SQUARE.replace("[60,30]",
                "[\"60\",30]"))), CountryOutlines::new, "IRN", "geometry", 3);
    }

    @Test
    void countryFileNotUtf8() throws IOException {
        DataProblem problem = assertOnlyProblem(notUtf8("countries.geojson", countryFeature("AFG", SQUARE)),
                CountryOutlines::new, "", "", 2);

        assertThat(problem.message()).containsIgnoringCase("UTF-8");
    }

    private static String regionFeature(String id, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"description\":\"Test\",\"units\":[\"X\"]},\"geometry\":" + geometry + "}";
    }

    private static String countryFeature(String iso3, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"iso3\":\"" + iso3 + "\",\"name\":\"" + iso3
                + "\"},\"geometry\":" + geometry + "}";
    }

    private DataFile region(String... features) throws IOException {
        return write("khorasan.geojson", collection(features).getBytes(StandardCharsets.UTF_8));
    }

    private DataFile basemap(String... features) throws IOException {
        return write("countries.geojson", collection(features).getBytes(StandardCharsets.UTF_8));
    }

    /** The collection with a byte that is never UTF-8 (0xFF) inside the feature's name on line 2. */
    private DataFile notUtf8(String name, String feature) throws IOException {
        String text = collection(feature);
        int at = text.indexOf("\"name\":\"") + 8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        return write(name, bytes.toByteArray());
    }

    /** One feature a line, from line 2, as in the shipped files. */
    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    private DataFile write(String name, byte[] content) throws IOException {
        return TestDataFiles.file(Files.write(dir.resolve(name), content));
    }

    private static DataProblem assertOnlyProblem(DataFile file, Consumer<DataFile> reader, String item, String field,
            int line) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> reader.accept(file));
        assertThat(e).as("%s should be refused", file.name()).isNotNull();
        List<DataProblem> problems = e.problems();
        assertThat(problems).as("problems of %s", file.name()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.name());
            assertThat(problem.item()).isEqualTo(item);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.line()).isEqualTo(line);
        });
        return problems.getFirst();
    }
}
