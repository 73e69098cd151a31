package org.khorasanatlas.api;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.AttackGeoJson;
import org.khorasanatlas.geodata.DatasetVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ResponseEntity.BodyBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The attacks of a filter as GeoJSON or CSV, and their totals, for programs and downloads. The query is the
 * page URL's ({@link ApiQuery}). Answers change only with the data, so caches may keep them five minutes and
 * then revalidate with the ETag.
 */
@RestController
class EventsController {

    static final String EVENTS = "/api/events";
    static final String EVENTS_CSV = "/api/events.csv";
    static final String SUMMARY = "/api/summary";
    static final List<String> PATHS = List.of(EVENTS, EVENTS_CSV, SUMMARY, MapImageController.PATH);
    /** Downloads carry the dataset version in a header, so a saved file can be traced to its edition. */
    static final String DATASET_VERSION = "X-Dataset-Version";

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final AttackCatalog catalog;
    private final ApiQuery query;
    private final DatasetVersion dataset;

    EventsController(AttackCatalog catalog, ApiQuery query, DatasetVersion dataset) {
        this.catalog = catalog;
        this.query = query;
        this.dataset = dataset;
    }

    // Files are written straight to the client, never held whole in memory: a million attacks make about 1 GB
    // of GeoJSON, more than a byte array can safely hold next to the catalog.
    @GetMapping(EVENTS)
    ResponseEntity<StreamingResponseBody> geoJson(ServletWebRequest request) throws IOException {
        return answer(
                request,
                (ok, selection, attacks) -> ok.contentType(GEO_JSON)
                        .headers(attachment(ExportLinks.geoJson(selection)))
                        .body(out -> AttackGeoJson.write(attacks, out)));
    }

    @GetMapping(EVENTS_CSV)
    ResponseEntity<StreamingResponseBody> csv(ServletWebRequest request) throws IOException {
        return answer(
                request,
                (ok, selection, attacks) -> ok.contentType(CSV)
                        .headers(attachment(ExportLinks.csv(selection)))
                        .body(out -> AttackCsv.write(attacks, out)));
    }

    @GetMapping(SUMMARY)
    ResponseEntity<SummaryJson> summary(ServletWebRequest request) throws IOException {
        return answer(
                request,
                (ok, selection, attacks) -> ok.contentType(MediaType.APPLICATION_JSON)
                        .body(SummaryJson.of(selection, attacks, catalog, dataset)));
    }

    /**
     * Reads the query, then answers 304 without a body when the client's copy is current; otherwise
     * {@code answer} builds the response on a 200 that already carries the ETag and Cache-Control.
     */
    private <T> ResponseEntity<T> answer(ServletWebRequest request, Answer<T> answer) throws IOException {
        Selection selection = query.read(request.getRequest().getQueryString());
        String eTag = selection.eTag(catalog.version());
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        return answer.build(
                ResponseEntity.ok().eTag(eTag).cacheControl(CACHE).header(DATASET_VERSION, dataset.version()),
                selection,
                selection.attacks(catalog));
    }

    /** Saved under a name that says which filter the file holds. */
    private static Consumer<HttpHeaders> attachment(ExportLink link) {
        return headers -> headers.setContentDisposition(
                ContentDisposition.attachment().filename(link.fileName()).build());
    }

    @FunctionalInterface
    private interface Answer<T> {

        ResponseEntity<T> build(BodyBuilder ok, Selection selection, List<AttackEvent> attacks) throws IOException;
    }
}
