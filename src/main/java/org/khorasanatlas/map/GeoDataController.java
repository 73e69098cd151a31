package org.khorasanatlas.map;

import java.time.Duration;

import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.KhorasanRegion;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the map's shapes (checked at start-up) to the browser, which draws them as layers. */
@RestController
class GeoDataController {

    static final String COUNTRIES_URL = "/geodata/basemap/countries.geojson";
    static final String REGION_URL = "/geodata/region/{layerId}.geojson";
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final CountryOutlines countries;
    private final KhorasanRegion region;

    GeoDataController(CountryOutlines countries, KhorasanRegion region) {
        this.countries = countries;
        this.region = region;
    }

    @GetMapping(COUNTRIES_URL)
    ResponseEntity<Resource> countries() {
        return geoJson(countries.geoJson());
    }

    @GetMapping(REGION_URL)
    ResponseEntity<Resource> region(@PathVariable String layerId) {
        return region.geoJson(layerId).map(GeoDataController::geoJson)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static String regionUrl(String layerId) {
        return REGION_URL.replace("{layerId}", layerId);
    }

    private static ResponseEntity<Resource> geoJson(Resource body) {
        return ResponseEntity.ok().contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(body);
    }
}
