package org.khorasanatlas.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.ResourceUrl;
import org.khorasanatlas.map.MarkerPayloads;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The dashboard map's markers for a filter, in the page's language and digits ({@link MarkerPayloads}). The page
 * makes the URL; its query is read as strictly as the API's, and the data's version in it lets the browser cache
 * the answer as the API's are cached.
 */
@RestController
class MarkersController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ApiQuery query;
    private final MarkerPayloads markers;

    MarkersController(ApiQuery query, MarkerPayloads markers) {
        this.query = query;
        this.markers = markers;
    }

    @GetMapping(value = MarkerPayloads.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> markers(ServletWebRequest request) {
        Selection selection = query.read(
                request.getRequest().getQueryString(), Set.of(Language.DIGITS_PARAMETER, ResourceUrl.VERSION));
        // The query was read without a problem, so the container decodes these two as it did.
        Locale locale = Language.ofTag(request.getParameter(Language.PARAMETER))
                .orElse(Language.ENGLISH)
                .locale(request.getParameter(Language.DIGITS_PARAMETER));
        String eTag = selection.eTag(markers.version() + "/" + locale.toLanguageTag());
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        return markers.json(selection.filter(), locale)
                .map(json -> ResponseEntity.ok().eTag(eTag).cacheControl(CACHE).body(json))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body("{\"error\":\"Too many attacks for one answer: the map asks for them view by view.\"}"));
    }
}
