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

    /** The 1:50m outlines as one GeoJSON: the benchmark's plain-Leaflet page draws them. */
    static final String COUNTRIES_URL = "/geodata/basemap/countries.geojson";

    static final String REGION_URL = "/geodata/region/{layerId}.geojson";
    static final String MAP_FILES_URL = "/geodata/map/{version}/{name}";
    static final String LANDMARKS_URL = "/geodata/landmarks/{version}.geojson";
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final CountryOutlines countries;
    private final KhorasanRegion region;
    private final BaseMapFiles mapFiles;
    private final LandmarkLabels landmarks;

    GeoDataController(
            CountryOutlines countries, KhorasanRegion region, BaseMapFiles mapFiles, LandmarkLabels landmarks) {
        this.countries = countries;
        this.region = region;
        this.mapFiles = mapFiles;
        this.landmarks = landmarks;
    }

    @GetMapping(COUNTRIES_URL)
    ResponseEntity<Resource> countries() {
        return geoJson(countries.geoJson());
    }

    @GetMapping(REGION_URL)
    ResponseEntity<Resource> region(@PathVariable String layerId) {
        return region.geoJson(layerId)
                .map(GeoDataController::geoJson)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A file of the offline map: its URL changes with its contents, so the browser keeps it for good. */
    @GetMapping(MAP_FILES_URL)
    ResponseEntity<Resource> mapFile(@PathVariable String version, @PathVariable String name) {
        return mapFiles.file(version, name)
                .map(body -> ResponseEntity.ok()
                        .contentType(name.endsWith(".geojson") ? GEO_JSON : MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The gazetteer's neighbourhood and landmark labels, versioned like the map's files. */
    @GetMapping(LANDMARKS_URL)
    ResponseEntity<Resource> landmarks(@PathVariable String version) {
        return landmarks
                .file(version)
                .map(body -> ResponseEntity.ok()
                        .contentType(GEO_JSON)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static String regionUrl(String layerId) {
        return REGION_URL.replace("{layerId}", layerId);
    }

    private static ResponseEntity<Resource> geoJson(Resource body) {
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(body);
    }
}
