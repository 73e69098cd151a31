package org.khorasanatlas.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.rowtable.RowPage;
import org.khorasanatlas.rowtable.RowRequest;
import org.khorasanatlas.table.AttackRows;
import org.khorasanatlas.table.ProvinceRows;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pages of the dashboard's tables (the attacks, the provinces) for a filter, in the page's language and digits:
 * the page's own resources ({@link PageResources}), to which the table adds its sort and page.
 */
@RestController
class TablesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the one kind of rows is asked: a page of a filter's rows in a locale. */
    @FunctionalInterface
    private interface Pages {
        RowPage of(EventFilter filter, Locale locale, RowRequest request);
    }

    private final PageResources resources;
    private final AttackRows attacks;
    private final ProvinceRows provinces;

    TablesController(PageResources resources, AttackRows attacks, ProvinceRows provinces) {
        this.resources = resources;
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
        Selection selection = resources.read(request, RowRequest.PARAMETERS);
        Locale locale = PageResources.locale(request);
        RowRequest rows = TableQuery.read(
                request.getParameter(RowRequest.SORT),
                request.getParameter(RowRequest.DIRECTION),
                request.getParameter(RowRequest.PAGE),
                request.getParameter(RowRequest.AROUND),
                Set.copyOf(sortKeys),
                PageResources.language(request));
        return PageResources.answer(
                request,
                selection.eTag(version + "/" + locale.toLanguageTag() + "/" + rows.canonical()),
                ok -> ok.body(JSON.writeValueAsString(pages.of(selection.filter(), locale, rows))));
    }
}
