package org.khorasanatlas.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.ResourceUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What the page's own resources (its map's markers, its tables' pages, its profile's facts) have in common: a URL
 * the page makes, with the page's language, its digits and the data's version besides the filter; a query read as
 * strictly as the API's; and an answer the browser may cache for five minutes under an ETag.
 */
@Component
class PageResources {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ApiQuery query;

    PageResources(ApiQuery query) {
        this.query = query;
    }

    /** The request's filter, read strictly; {@code alsoKnown} are the resource's own parameters. */
    Selection read(ServletWebRequest request, Set<String> alsoKnown) {
        Set<String> known = new HashSet<>(alsoKnown);
        known.add(Language.DIGITS_PARAMETER);
        known.add(ResourceUrl.VERSION);
        return query.read(request.getRequest().getQueryString(), known);
    }

    /** The page's language; read after {@link #read}, so the container decodes the query as it did. */
    static Language language(ServletWebRequest request) {
        return Language.ofTag(request.getParameter(Language.PARAMETER)).orElse(Language.ENGLISH);
    }

    /** The page's language with its digits. */
    static Locale locale(ServletWebRequest request) {
        return language(request).locale(request.getParameter(Language.DIGITS_PARAMETER));
    }

    /**
     * 304 when the browser holds the answer of this ETag, else what {@code answer} makes of a 200 that carries the
     * ETag and the caching.
     */
    static ResponseEntity<String> answer(
            ServletWebRequest request,
            String eTag,
            Function<ResponseEntity.BodyBuilder, ResponseEntity<String>> answer) {
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        return answer.apply(ResponseEntity.ok().eTag(eTag).cacheControl(CACHE));
    }
}
