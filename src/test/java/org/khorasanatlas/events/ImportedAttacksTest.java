package org.khorasanatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.GeoDataProperties;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.region.TestProvinces;
import org.springframework.core.io.DefaultResourceLoader;

class ImportedAttacksTest {

    private static final AttackEventReader READER = ShippedAttackFiles.reader();
    private static final AttackCatalog CURATED = ShippedAttackFiles.curated();

    @TempDir
    private Path folder;

    @Test
    void withoutTheSettingThereIsNoImport() {
        ImportedAttacks imported = imported("classpath:geodata/", null);

        assertThat(imported.isEnabled()).isFalse();
        assertThat(imported.find(EventFilter.allYears())).isEmpty();
        assertThat(imported.byId("ucdp-195901")).isEmpty();
    }

    @Test
    void readsTheNamedFileInsideTheDataLocation() {
        ImportedAttacks imported = imported("classpath:geodata/", "imported/ucdp-ged-sample.geojson");

        assertThat(imported.isEnabled()).isTrue();
        assertThat(imported.find(EventFilter.allYears())).hasSize(21);
        assertThat(imported.find(EventFilter.year(2017))).hasSize(6);
        assertThat(imported.byId("ucdp-195901")).isPresent();
        assertThat(imported.byId(CURATED.find(EventFilter.allYears()).getFirst().id()))
                .isEmpty();
    }

    @Test
    void refusesAFileThatReusesTheIdOfACuratedAttack() throws IOException {
        AttackEvent curated = CURATED.find(EventFilter.allYears()).getFirst();
        try (OutputStream out = Files.newOutputStream(folder.resolve("clash.geojson"))) {
            AttackGeoJson.write(List.of(curated), out);
        }

        assertThatThrownBy(() -> imported("file:" + folder + "/", "clash.geojson"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("geodata/clash.geojson [" + curated.id() + "] field 'id': also the id of"
                        + " a curated attack");
    }

    @Test
    void aMissingFileStopsTheStartRatherThanShowingAnEmptyLayer() {
        assertThatThrownBy(() -> imported("file:" + folder + "/", "imported/nothing.geojson"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("file not found");
    }

    private static ImportedAttacks imported(String location, String path) {
        GeoDataProperties properties = new GeoDataProperties(location, path);
        return new ImportedAttacks(
                properties,
                new GeoDataFiles(new DefaultResourceLoader(), properties),
                READER,
                CURATED,
                TestProvinces.shipped());
    }
}
