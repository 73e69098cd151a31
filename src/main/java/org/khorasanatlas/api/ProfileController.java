package org.khorasanatlas.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.ResourceUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** The profile's facts as the dashboard's profile element fetches them ({@link ProfileContent}), cached. */
@RestController
class ProfileController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ApiQuery query;
    private final ProfileContent content;

    ProfileController(ApiQuery query, ProfileContent content) {
        this.query = query;
        this.content = content;
    }

    @GetMapping(value = ProfileContent.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> facts(ServletWebRequest request) {
        Selection selection = query.read(
                request.getRequest().getQueryString(), Set.of(Language.DIGITS_PARAMETER, ResourceUrl.VERSION));
        Locale locale = Language.ofTag(request.getParameter(Language.PARAMETER))
                .orElse(Language.ENGLISH)
                .locale(request.getParameter(Language.DIGITS_PARAMETER));
        String eTag = selection.eTag(content.version() + "/profile/" + locale.toLanguageTag());
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        return ResponseEntity.ok().eTag(eTag).cacheControl(CACHE).body(content.facts(locale));
    }
}
