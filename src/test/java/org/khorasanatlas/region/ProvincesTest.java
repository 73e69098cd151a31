package org.khorasanatlas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.TestDataFiles;

/** Which province a point lies in: two hand-drawn squares, then the shipped file at known towns. */
class ProvincesTest {

    /** West square 60–61°E, east square 61–62°E, both 30–31°N: they share the meridian 61°E. */
    private static final String WEST = "[[[60,30],[61,30],[61,31],[60,31],[60,30]]]";

    private static final String EAST = "[[[61,30],[62,30],[62,31],[61,31],[61,30]]]";

    @TempDir
    Path dir;

    @Test
    void aPointLiesInTheSquareAroundIt() throws IOException {
        Provinces provinces =
                new Provinces(file(feature("xxx-west", "West", "XXX", WEST), feature("xxx-east", "East", "XXX", EAST)));
        assertThat(provinces.containing(30.5, 60.5)).map(Province::id).contains("xxx-west");
        assertThat(provinces.containing(30.5, 61.5)).map(Province::name).contains("East");
        assertThat(provinces.containing(29.5, 60.5)).isEmpty();
        // On the shared border both squares cover it: the first id in order decides.
        assertThat(provinces.containing(30.5, 61.0)).map(Province::id).contains("xxx-east");
        assertThat(provinces.byId("xxx-west")).map(Province::country).contains("XXX");
        assertThat(provinces.byId("xxx-west").orElseThrow().namePersian()).contains("غرب");
        assertThat(provinces.byId("xxx-east").orElseThrow().nameUrdu()).isEmpty();
    }

    @Test
    void badIdsAndCountriesAreNamedWithTheirLine() throws IOException {
        InvalidDataException e = catchThrowableOfType(
                InvalidDataException.class,
                () -> new Provinces(file(
                        feature("Bad Id", "West", "XXX", WEST),
                        feature("xxx-east", "East", "xx", EAST),
                        feature("xxx-east", "East", "XXX", EAST))));
        assertThat(e.problems())
                .extracting(DataProblem::line, DataProblem::item, DataProblem::field)
                .containsExactly(
                        tuple(2, "Bad Id", "properties.id"),
                        tuple(3, "xxx-east", "properties.country"),
                        tuple(4, "xxx-east", "properties.id"));
    }

    @Test
    void shippedProvincesPlaceKnownTowns() {
        Provinces provinces = new Provinces(TestDataFiles.shipped(Provinces.PATH));
        assertThat(provinces.containing(34.53, 69.17)).map(Province::name).contains("Kabul");
        assertThat(provinces.containing(34.43, 70.45)).map(Province::name).contains("Nangarhar");
        assertThat(provinces.containing(30.19, 67.01)).map(Province::name).contains("Balochistan");
        assertThat(provinces.containing(34.01, 71.58)).map(Province::name).contains("Khyber Pakhtunkhwa");
        // Bajaur (Khar), in the former FATA: Khyber Pakhtunkhwa since 2018.
        assertThat(provinces.containing(34.73, 71.52)).map(Province::id).contains("pak-khyber-pakhtunkhwa");
        assertThat(provinces.containing(35.48, 69.85)).map(Province::name).contains("Panjshir");
        assertThat(provinces.containing(36.30, 59.60)).map(Province::name).contains("Razavi Khorasan");
        assertThat(provinces.containing(56.31, 38.13)).map(Province::name).contains("Moscow Oblast");
        assertThat(provinces.all()).hasSizeGreaterThanOrEqualTo(34 + 7 + 31 + 5 + 14 + 5);
    }

    private static String feature(String id, String name, String country, String rings) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"country\":\""
                + country + "\",\"name_fa\":\"غرب\",\"name_ur\":null},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + rings + "}}";
    }

    private DataFile file(String... features) throws IOException {
        Path path = dir.resolve("provinces.geojson");
        Files.writeString(
                path, "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n");
        return TestDataFiles.file(path);
    }
}
