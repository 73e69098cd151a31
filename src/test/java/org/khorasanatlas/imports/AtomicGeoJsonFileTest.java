package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackEventReader;
import org.khorasanatlas.events.TestEvents;
import org.khorasanatlas.geodata.InvalidDataException;
import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;

class AtomicGeoJsonFileTest {

    private final AttackEventReader reader =
            new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());

    @TempDir
    private Path folder;

    @Test
    void writesAFileTheAppReadsBackIntoAFolderItCreates() throws IOException {
        Path target = folder.resolve("new/folder/import.geojson");
        List<AttackEvent> events =
                List.of(TestEvents.on("2020-05-12").id("ucdp-1").killed(3, 5, 8).build());

        AtomicGeoJsonFile.write(target, events, reader);

        assertThat(reader.read(TestDataFiles.file(target))).isEqualTo(events);
        assertThat(filesIn(target.getParent())).containsExactly(target);
    }

    @Test
    void attacksThatFailTheAppsChecksNeverReplaceTheFile() throws IOException {
        Path target = folder.resolve("import.geojson");
        Files.writeString(target, "the earlier import");
        // Kabul's coordinates, said to be in Iran: the app's reader refuses it.
        AttackEvent misplaced = TestEvents.on("2020-05-12")
                .id("ucdp-2")
                .at("IRN", 34.5253, 69.1783)
                .build();

        assertThatThrownBy(() -> AtomicGeoJsonFile.write(target, List.of(misplaced), reader))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("is not inside");

        assertThat(Files.readString(target)).isEqualTo("the earlier import");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
