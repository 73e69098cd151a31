package org.khorasanatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.DataProblem;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.GeoDataProperties;
import org.khorasanatlas.geodata.InvalidDataException;
import org.springframework.core.io.DefaultResourceLoader;

/** The offline map's files: served under a version of their contents, and refused when one is not whole JSON. */
class BaseMapFilesTest {

    private static final String INDEX = "{\"cellDegrees\":4,\"cells\":[[20,44],[48,84]],\"tiledFromTier\":3,"
            + "\"tiers\":5,\"files\":[\"base.topo.json\",\"labels-0.geojson\"]}";

    @TempDir
    Path dir;

    @Test
    void servesEachFileUnderAVersionThatChangesWithTheContents() throws IOException {
        write("index.json", INDEX);
        write("base.topo.json", "{\"type\":\"Topology\"}");
        write("labels-0.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        BaseMapFiles first = files();
        String url = first.url("base.topo.json");
        assertThat(url).matches("/geodata/map/[0-9a-f]{12}/base\\.topo\\.json");
        String version = url.split("/")[3];
        assertThat(first.file(version, "labels-0.geojson")).isPresent();
        assertThat(first.file("000000000000", "labels-0.geojson")).isEmpty();
        assertThat(first.file(version, "index.json")).isEmpty();
        assertThat(first.cells().west()).isEqualTo(44);

        write("labels-0.geojson", "{\"type\":\"FeatureCollection\",\"features\":[ ]}");
        assertThat(files().url("base.topo.json")).isNotEqualTo(url);
    }

    @Test
    void aFileCutShortStopsTheStartNamingIt() throws IOException {
        write("index.json", INDEX);
        write("base.topo.json", "{\"type\":\"Topo");
        write("labels-0.geojson", "{}");
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, this::files);
        assertThat(e.problems()).extracting(DataProblem::file).containsExactly("geodata/basemap/map/base.topo.json");
    }

    @Test
    void aFileNameThatIsNotTheMapsIsRefused() throws IOException {
        write("index.json", INDEX.replace("labels-0.geojson", "../attacks.geojson"));
        write("base.topo.json", "{}");
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, this::files);
        assertThat(e.problems())
                .extracting(DataProblem::item, DataProblem::field)
                .containsExactly(tuple("../attacks.geojson", "files"));
    }

    private BaseMapFiles files() {
        GeoDataProperties properties = new GeoDataProperties("file:" + dir + "/", null);
        return new BaseMapFiles(new GeoDataFiles(new DefaultResourceLoader(), properties));
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(BaseMapFiles.FOLDER).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
