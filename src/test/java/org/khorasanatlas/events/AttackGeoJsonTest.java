package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;
import org.springframework.core.io.ByteArrayResource;

class AttackGeoJsonTest {

    private final AttackEventReader reader =
            new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());

    @Test
    void whatItWritesReadsBackAsTheSameAttacks() {
        List<AttackEvent> shipped = reader.read(TestDataFiles.shipped(AttackCatalog.PATH));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttackGeoJson.write(shipped, out);

        assertThat(reader.read(new DataFile("export.geojson", new ByteArrayResource(out.toByteArray()))))
                .isEqualTo(shipped);
    }

    @Test
    void leavesOutWhatIsUnknownRatherThanWritingNulls() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttackGeoJson.write(List.of(TestEvents.event("2020-01-01", 3)), out);

        assertThat(out.toString())
                .startsWith("{\n  \"type\" : \"FeatureCollection\"")
                .doesNotContain("null")
                .doesNotContain("injured")
                .doesNotContain("perpetratorsKilled");
    }
}
