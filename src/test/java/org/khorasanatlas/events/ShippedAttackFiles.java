package org.khorasanatlas.events;

import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.places.TestGazetteer;
import org.khorasanatlas.region.TestCountries;
import org.khorasanatlas.region.TestProvinces;

/** The reader of attack files with the shipped countries and gazetteer, and the shipped attacks, for tests. */
public final class ShippedAttackFiles {

    private ShippedAttackFiles() {}

    public static AttackEventReader reader() {
        return new AttackEventReader(new JsonDataReader(), TestCountries.shipped(), TestGazetteer.shipped());
    }

    /** The curated attacks of geodata/attacks.geojson, each with its province. */
    public static AttackCatalog curated() {
        return AttackCatalog.of(TestDataFiles.shipped(AttackCatalog.PATH), reader(), TestProvinces.shipped());
    }
}
