package org.khorasanatlas.embed;

import java.time.Duration;

import org.khorasanatlas.language.Language;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Serves the /embed page and its assets with plain Spring MVC: no Vaadin, no session. The page is the same for
 * every filter, so caches may keep it five minutes (like the API it reads) and then revalidate with its ETag; the
 * assets' URLs change with their contents, so they are kept for good.
 */
@RestController
class EmbedController {

    /** The page's path; the security headers let other sites frame this path only. */
    static final String PATH = "/embed";

    static final String ASSETS = "/embed/assets/{version}/{name}";
    private static final CacheControl PAGE_CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final EmbedPage page;
    private final EmbedAssets assets;

    EmbedController(EmbedPage page, EmbedAssets assets) {
        this.page = page;
        this.assets = assets;
    }

    // The query (the filter) is read by the page's script, which sends it on to the API. The page itself looks
    // only at the language, to choose one of its made copies: no input of the reader's reaches this HTML.
    @GetMapping(PATH)
    ResponseEntity<String> page(ServletWebRequest request) {
        EmbedPage.Rendered rendered =
                page.in(Language.ofTag(request.getParameter(Language.PARAMETER)).orElse(Language.ENGLISH));
        if (request.checkNotModified(rendered.eTag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(rendered.eTag())
                    .cacheControl(PAGE_CACHE)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(rendered.eTag())
                .cacheControl(PAGE_CACHE)
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(rendered.html());
    }

    @GetMapping(ASSETS)
    ResponseEntity<Resource> asset(@PathVariable String version, @PathVariable String name) {
        return assets.file(version, name)
                .map(body -> ResponseEntity.ok()
                        .contentType(name.endsWith(".js") ? JAVASCRIPT : CSS)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
