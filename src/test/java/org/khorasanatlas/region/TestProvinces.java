package org.khorasanatlas.region;

import org.khorasanatlas.geodata.TestDataFiles;

/** The shipped provinces, read once for all tests. */
public final class TestProvinces {

    private TestProvinces() {}

    public static Provinces shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final Provinces SHIPPED = new Provinces(TestDataFiles.shipped(Provinces.PATH));
    }
}
