package org.khorasanatlas.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 to a request for the page that Vaadin would fail on with an error, found by fuzzing the page's query:
 * <ul>
 * <li>a query Tomcat cannot decode ({@code %zz}, bytes that are not UTF-8): Vaadin reads a parameter, Tomcat
 * throws, and each such request logged an ERROR with a stack trace;</li>
 * <li>a {@code v-r} request type that Vaadin does not know, sent without a session: Vaadin refuses it as plain text,
 * which Spring Boot's error page then fails to render as JSON, ending as a 500;</li>
 * <li>a bootstrap request ({@code ?v-r=init&location=...&query=...}) whose page location Vaadin cannot read (a broken
 * escape inside {@code query}, a {@code location} starting with "/"): Vaadin throws while it creates the UI, a 500.
 * The check is Vaadin's own parse, so it refuses exactly what Vaadin would fail on.</li>
 * <li>the "browser too old" page ({@code ?v-r=oldbrowser}) without a session: Vaadin refuses it as plain text too, a
 * 500 again. A browser only goes there from the page, which gave it a session.</li>
 * </ul>
 * A browser never sends these. The API reads its query itself ({@code api.ApiQuery}) and is left alone.
 */
@Component
class PageRequestCheck extends OncePerRequestFilter {

    private static final Set<String> REQUEST_TYPES = Arrays.stream(HandlerHelper.RequestType.values())
            .map(HandlerHelper.RequestType::getIdentifier)
            .collect(Collectors.toUnmodifiableSet());
    private static final String BROWSER_TOO_OLD = HandlerHelper.RequestType.BROWSER_TOO_OLD.getIdentifier();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null || request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isReadable(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    static boolean isReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            return false;
        }
        String requestType = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (requestType == null) {
            return true;
        }
        return REQUEST_TYPES.contains(requestType)
                && (!requestType.equals(ApplicationConstants.REQUEST_TYPE_INIT) || hasReadableLocation(request))
                && (!requestType.equals(BROWSER_TOO_OLD) || request.getSession(false) != null);
    }

    /** As Vaadin's {@code JavaScriptBootstrapHandler} reads them. */
    private static boolean hasReadableLocation(HttpServletRequest request) {
        String location = request.getParameter("location");
        if (location == null) {
            return true;
        }
        String query = request.getParameter("query");
        try {
            new Location(location, QueryParameters.fromString(query == null ? "" : query));
            return true;
        } catch (IllegalArgumentException | InvalidLocationException e) {
            return false;
        }
    }
}
