package org.khorasanatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Vaadin's bootstrap request with a page location Vaadin cannot read is refused with 400, not left to fail. */
class BootstrapLocationCheckTest {

    private final BootstrapLocationCheck check = new BootstrapLocationCheck();

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
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        request.setParameter("query", "%zz");
        request.setParameter("location", "");

        assertThat(run(request).getStatus()).isEqualTo(200);
    }

    private int statusOf(String pageQuery) throws Exception {
        return run(init(pageQuery)).getStatus();
    }

    private static MockHttpServletRequest init(String pageQuery) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("v-r=init&location=&query=...");
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
