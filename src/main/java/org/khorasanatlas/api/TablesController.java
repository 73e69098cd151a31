package org.khorasanatlas.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.language.ResourceUrl;
import org.khorasanatlas.rowtable.RowPage;
import org.khorasanatlas.rowtable.RowRequest;
import org.khorasanatlas.table.AttackRows;
import org.khorasanatlas.table.ProvinceRows;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pages of the dashboard's tables (the attacks, the provinces) for a filter, in the page's language and digits.
 * The page makes the URL and the table adds its sort and page; the query is read as strictly as the API's, and the
 * data's version in it lets the browser cache each page as the API's answers are cached.
 */
@RestController
class TablesController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the one kind of rows is asked: a page of a filter's rows in a locale. */
    @FunctionalInterface
    private interface Pages {
        RowPage of(EventFilter filter, Locale locale, RowRequest request);
    }

    private final ApiQuery query;
    private final AttackRows attacks;
    private final ProvinceRows provinces;

    TablesController(ApiQuery query, AttackRows attacks, ProvinceRows provinces) {
        this.query = query;
        this.attacks = attacks;
        this.provinces = provinces;
    }

    @GetMapping(value = AttackRows.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> attacks(ServletWebRequest request) {
        return page(request, attacks.sortKeys(), attacks.version(), attacks::page);
    }

    @GetMapping(value = ProvinceRows.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> provinces(ServletWebRequest request) {
        return page(request, provinces.sortKeys(), provinces.version(), provinces::page);
    }

    private ResponseEntity<String> page(ServletWebRequest request, List<String> sortKeys, String version, Pages pages) {
        Set<String> alsoKnown = new HashSet<>(RowRequest.PARAMETERS);
        alsoKnown.add(Language.DIGITS_PARAMETER);
        alsoKnown.add(ResourceUrl.VERSION);
        Selection selection = query.read(request.getRequest().getQueryString(), alsoKnown);
        // The query was read without a problem, so the container decodes the rest as it did.
        Language language =
                Language.ofTag(request.getParameter(Language.PARAMETER)).orElse(Language.ENGLISH);
        Locale locale = language.locale(request.getParameter(Language.DIGITS_PARAMETER));
        RowRequest rows = TableQuery.read(
                request.getParameter(RowRequest.SORT),
                request.getParameter(RowRequest.DIRECTION),
                request.getParameter(RowRequest.PAGE),
                request.getParameter(RowRequest.AROUND),
                Set.copyOf(sortKeys),
                language);
        String eTag = selection.eTag(version + "/" + locale.toLanguageTag() + "/" + rows.canonical());
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(eTag)
                .cacheControl(CACHE)
                .body(JSON.writeValueAsString(pages.of(selection.filter(), locale, rows)));
    }
}
