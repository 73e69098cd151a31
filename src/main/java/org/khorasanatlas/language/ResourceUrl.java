package org.khorasanatlas.language;

import java.util.Locale;
import java.util.Optional;

import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.FilterParameters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The URL of a resource the page fetches for a filter (its markers, a page of its table): the filter's
 * parameters, the page's language and digits, and the data's version, so a new data file makes new URLs and no
 * cache serves an old answer.
 */
public final class ResourceUrl {

    /** The parameter of the data's version. */
    public static final String VERSION = "v";

    private ResourceUrl() {}

    public static String of(String path, EventFilter filter, Locale locale, String version) {
        LinkedMultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.putAll(FilterParameters.format(filter, Optional.empty()));
        query.putAll(Language.linkParameters(locale));
        query.add(VERSION, version);
        return UriComponentsBuilder.fromPath(path)
                .queryParams(query)
                .encode()
                .build()
                .toUriString();
    }
}
