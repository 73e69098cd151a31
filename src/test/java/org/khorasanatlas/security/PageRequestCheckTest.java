package org.khorasanatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Page requests that Vaadin would fail on are refused with 400 before they reach it. */
class PageRequestCheckTest {

    private final PageRequestCheck check = new PageRequestCheck();

    @Test
    void readableLocationsPassThrough() throws Exception {
        assertThat(statusOf("year=2021&country=%3Cscript%3E")).isEqualTo(200);
        assertThat(statusOf("")).isEqualTo(200);
    }

    @Test
    void brokenEscapesInThePageQueryAreRefused() throws Exception {
        assertThat(statusOf("year=%zz")).isEqualTo(400);
        assertThat(statusOf("%")).isEqualTo(400);
        assertThat(statusOf("a=%u0041")).isEqualTo(400);
    }

    @Test
    void absoluteLocationIsRefused() throws Exception {
        MockHttpServletRequest request = init("");
        request.setParameter("location", "//evil.example");

        assertThat(run(request).getStatus()).isEqualTo(400);
    }

    @Test
    void otherVaadinRequestsAreNotLookedAt() throws Exception {
        MockHttpServletRequest request = page("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        request.setParameter("query", "%zz");

        assertThat(run(request).getStatus()).isEqualTo(200);
    }

    @Test
    void unknownVaadinRequestTypeIsRefused() throws Exception {
        MockHttpServletRequest request = page("v-r=undefined");
        request.setParameter("v-r", "undefined");

        assertThat(run(request).getStatus()).isEqualTo(400);
    }

    @Test
    void queryTheContainerCannotDecodeIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/") {

            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("Character decoding failed"); // as Tomcat does for %zz
            }
        };
        request.setQueryString("year=%zz");

        assertThat(run(request).getStatus()).isEqualTo(400);
    }

    @Test
    void theApiIsLeftToReadItsOwnQuery() throws Exception {
        MockHttpServletRequest request = page("v-r=undefined");
        request.setRequestURI("/api/events");
        request.setParameter("v-r", "undefined");

        assertThat(run(request).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest page(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString(query);
        return request;
    }

    private int statusOf(String pageQuery) throws Exception {
        return run(init(pageQuery)).getStatus();
    }

    private static MockHttpServletRequest init(String pageQuery) {
        MockHttpServletRequest request = page("v-r=init&location=&query=...");
        request.setParameter("v-r", "init");
        request.setParameter("location", "");
        request.setParameter("query", pageQuery);
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        check.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
