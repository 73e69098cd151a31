package org.khorasanatlas.places;

import org.khorasanatlas.geodata.JsonDataReader;
import org.khorasanatlas.geodata.TestDataFiles;
import org.khorasanatlas.region.TestCountries;

/** The shipped gazetteer, read once for all tests. */
public final class TestGazetteer {

    private TestGazetteer() {}

    public static Gazetteer shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final Gazetteer SHIPPED =
                new Gazetteer(new GazetteerReader(new JsonDataReader(), TestCountries.shipped())
                        .read(TestDataFiles.shipped(Gazetteer.PATH)));
    }
}
