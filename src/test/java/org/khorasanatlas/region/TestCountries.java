package org.khorasanatlas.region;

import org.khorasanatlas.geodata.TestDataFiles;

/** The shipped country outlines, read once for all tests (parsing the base map takes a moment). */
public final class TestCountries {

    private TestCountries() {}

    public static CountryOutlines shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final CountryOutlines SHIPPED = new CountryOutlines(TestDataFiles.shipped(CountryOutlines.PATH));
    }
}
