package org.khorasanatlas.events;

import java.util.Optional;

import org.khorasanatlas.geodata.DataFile;
import org.khorasanatlas.geodata.GeoDataFiles;
import org.khorasanatlas.geodata.GeoDataProperties;
import org.khorasanatlas.geodata.ProblemList;
import org.khorasanatlas.region.Provinces;
import org.springframework.stereotype.Component;

/**
 * The imported attacks file named by {@code atlas.data.imported} (for example the output of
 * {@code import ucdp-ged}), shown as an extra map layer. It is read with the same checks as the curated file at
 * start-up, and kept apart from it: never counted in the curated totals, never in the URL codec. Without the
 * setting there is no import and no layer.
 */
@Component
public class ImportedAttacks {

    /** The layer's name on the map: only UCDP GED files are imported so far. */
    public static final String LAYER_NAME = "UCDP GED import";

    private final Optional<AttackCatalog> imported;

    public ImportedAttacks(
            GeoDataProperties properties,
            GeoDataFiles files,
            AttackEventReader reader,
            AttackCatalog curated,
            Provinces provinces) {
        this.imported = properties.importedFile().map(path -> {
            DataFile file = files.get(path);
            AttackCatalog catalog = AttackCatalog.of(file, reader, provinces);
            refuseIdsOfCuratedAttacks(file, catalog, curated);
            return catalog;
        });
    }

    public boolean isEnabled() {
        return imported.isPresent();
    }

    public FoundAttacks find(EventFilter filter) {
        return imported.map(catalog -> catalog.find(filter)).orElse(FoundAttacks.none());
    }

    /** The imported file's version (see {@link AttackCatalog#version}); empty without an import. */
    public Optional<String> version() {
        return imported.map(AttackCatalog::version);
    }

    public Optional<AttackEvent> byId(String id) {
        return imported.flatMap(catalog -> catalog.byId(id));
    }

    /** A click on the map names an attack by id alone, so an id must say which of the two files it is from. */
    private static void refuseIdsOfCuratedAttacks(DataFile file, AttackCatalog imported, AttackCatalog curated) {
        ProblemList problems = new ProblemList(file.name());
        imported.find(EventFilter.allYears()).stream()
                .map(AttackEvent::id)
                .filter(id -> curated.byId(id).isPresent())
                .forEach(id -> problems.add(0, id, "id", "also the id of a curated attack in geodata/attacks.geojson"));
        problems.throwIfAny();
    }
}
