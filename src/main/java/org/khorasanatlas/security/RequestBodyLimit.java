package org.khorasanatlas.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Outside the API, the only requests with a body that anything reads are Vaadin's messages from an open tab (a POST
 * of {@code ?v-r=uidl} or {@code ?v-r=heartbeat}, a few KB of JSON with its length given). Any other body, or a message
 * over {@link #MAX_MESSAGE_BYTES}, is refused with 413 before anything reads it, and the connection is closed so that
 * no one waits for the rest (Tomcat's max-swallow-size of 0 does the same for a body that a handler leaves unread, as
 * the API does). A client that sends a body slowly therefore holds nothing but its own connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimit extends OncePerRequestFilter {

    /** Vaadin's largest messages (a whole page's events) stay far below this. */
    static final long MAX_MESSAGE_BYTES = 1024 * 1024;

    private static final Set<String> MESSAGES =
            Set.of(ApplicationConstants.REQUEST_TYPE_UIDL, ApplicationConstants.REQUEST_TYPE_HEARTBEAT);
    private static final String REQUEST_TYPE = ApplicationConstants.REQUEST_TYPE_PARAMETER + "=";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if ((length <= 0 && !chunked) || (isMessage(request) && !chunked && length <= MAX_MESSAGE_BYTES)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    /** From the raw query: asking for a parameter could read a form body, the very thing to avoid. */
    private static boolean isMessage(HttpServletRequest request) {
        String query = request.getQueryString();
        return HttpMethod.POST.matches(request.getMethod())
                && query != null
                && Arrays.stream(query.split("&"))
                        .anyMatch(pair -> pair.startsWith(REQUEST_TYPE)
                                && MESSAGES.contains(pair.substring(REQUEST_TYPE.length())));
    }
}
