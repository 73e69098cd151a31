package org.khorasanatlas.api;

import java.util.Locale;
import java.util.Set;

import org.khorasanatlas.map.MarkerPayloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The dashboard map's markers for a filter, in the page's language and digits ({@link MarkerPayloads}): one of the
 * page's own resources ({@link PageResources}).
 */
@RestController
class MarkersController {

    private final PageResources resources;
    private final MarkerPayloads markers;

    MarkersController(PageResources resources, MarkerPayloads markers) {
        this.resources = resources;
        this.markers = markers;
    }

    @GetMapping(value = MarkerPayloads.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> markers(ServletWebRequest request) {
        Selection selection = resources.read(request, Set.of());
        Locale locale = PageResources.locale(request);
        return PageResources.answer(
                request,
                selection.eTag(markers.version() + "/" + locale.toLanguageTag()),
                ok -> markers.json(selection.filter(), locale)
                        .map(ok::body)
                        .orElseGet(() -> ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                                .body("{\"error\":\"Too many attacks for one answer: the map asks for them view by "
                                        + "view.\"}")));
    }
}
