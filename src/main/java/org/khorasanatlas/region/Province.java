package org.khorasanatlas.region;

import java.util.Optional;

/**
 * A province (admin-1 unit) of geodata/region/provinces.geojson. {@code name} is the current common English
 * name, the spelling the attacks file uses; {@code country} is ISO 3166-1 alpha-3. The Persian and Urdu names
 * are kept for a translated interface (Natural Earth has none for some units).
 */
public record Province(
        String id, String name, String country, Optional<String> namePersian, Optional<String> nameUrdu) {}
