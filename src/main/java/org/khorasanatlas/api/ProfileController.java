package org.khorasanatlas.api;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** The profile's facts as the dashboard's profile element fetches them ({@link ProfileContent}). */
@RestController
class ProfileController {

    private final PageResources resources;
    private final ProfileContent content;

    ProfileController(PageResources resources, ProfileContent content) {
        this.resources = resources;
        this.content = content;
    }

    @GetMapping(value = ProfileContent.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> facts(ServletWebRequest request) {
        Selection selection = resources.read(request, Set.of());
        Locale locale = PageResources.locale(request);
        return PageResources.answer(
                request,
                selection.eTag(content.version() + "/profile/" + locale.toLanguageTag()),
                ok -> ok.body(content.facts(locale)));
    }
}
