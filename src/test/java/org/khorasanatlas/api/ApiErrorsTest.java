package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.language.InterfaceTexts;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vaadin.flow.i18n.I18NProvider;

/** What the API answers when something breaks that no test of the real endpoints can provoke. */
class ApiErrorsTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new BrokenEndpoint())
            .setControllerAdvice(new ApiErrors(
                    new InterfaceTexts(new StaticListableBeanFactory().getBeanProvider(I18NProvider.class))))
            .build();

    @Test
    void anUnexpectedFailureAnswers500WithoutDetails() throws Exception {
        String body = mvc.perform(get("/api/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"error\":\"Internal error\"}", JsonCompareMode.STRICT))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("IllegalStateException", "secret", "BrokenEndpoint", "at org.");
    }

    /** An endpoint of the API package (the advice's scope) with a bug. */
    @RestController
    static class BrokenEndpoint {

        @GetMapping("/api/broken")
        String broken() {
            throw new IllegalStateException("secret: the file at /srv/atlas could not be read");
        }
    }
}
