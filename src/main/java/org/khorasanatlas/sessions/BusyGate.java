package org.khorasanatlas.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Answers the requests that would cost the server a new session or a new tab with a small static "busy, try again
 * shortly" page (503 with Retry-After) when {@link SessionCapacity} has no room: every page request of a visitor
 * without a session (Vaadin creates one for the page itself), and, in a session, the page and the bootstrap request
 * ({@code ?v-r=init}) that create a tab. The tabs already open keep working, and what needs no session never comes
 * here: the API, the health check and static files. A busy answer costs the server nothing to keep.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class BusyGate extends OncePerRequestFilter {

    /** Paths served without a session. */
    private static final List<String> SESSIONLESS =
            List.of("/api/", "/actuator/", "/VAADIN/", "/icons/", "/geodata/", "/styles/", "/embed");

    private static final String REQUEST_TYPE = ApplicationConstants.REQUEST_TYPE_PARAMETER + "=";

    private final SessionCapacity capacity;
    private final SessionLimits limits;
    private final byte[] page;

    BusyGate(SessionCapacity capacity, SessionLimits limits) {
        this.capacity = capacity;
        this.limits = limits;
        try (InputStream in = BusyGate.class.getResourceAsStream("busy.html")) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SESSIONLESS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (admits(request)) {
            chain.doFilter(request, response);
        } else {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, String.valueOf(limits.retryAfter().toSeconds()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }

    private boolean admits(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return capacity.admitsNewSession();
        }
        return !opensTab(request) || capacity.admitsNewTab(tabsIn(session));
    }

    /**
     * A page load, or Vaadin's bootstrap request for it. Read from the raw query: asking the request for a parameter
     * would read a form body, or throw on a broken escape (which {@code PageRequestCheck} answers later).
     */
    private static boolean opensTab(HttpServletRequest request) {
        String query = request.getQueryString();
        String requestType = query == null
                ? null
                : Arrays.stream(query.split("&"))
                        .filter(pair -> pair.startsWith(REQUEST_TYPE))
                        .map(pair -> pair.substring(REQUEST_TYPE.length()))
                        .findFirst()
                        .orElse(null);
        return requestType == null
                ? HttpMethod.GET.matches(request.getMethod())
                : requestType.equals(ApplicationConstants.REQUEST_TYPE_INIT);
    }

    /** The tabs (UIs) Vaadin holds in this HTTP session; none if the session ended meanwhile. */
    private static int tabsIn(HttpSession session) {
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        return vaadin.getUIs().size();
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        } catch (IllegalStateException invalidated) {
            // the session expired between finding it and reading it: it holds no tabs
        }
        return 0;
    }
}
