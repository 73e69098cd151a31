package org.khorasanatlas.dashboard;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 to a Vaadin bootstrap request ({@code ?v-r=init&location=...&query=...}) whose page location Vaadin
 * cannot read: a broken escape such as {@code %zz} in the page's query, or a location that starts with "/". Vaadin
 * throws on those while it creates the UI, which would end as a 500. The check is Vaadin's own parse, so it refuses
 * exactly what Vaadin would fail on. A browser never sends such a request (the page with that query is refused
 * first), so the plain status is enough.
 */
@Component
class BootstrapLocationCheck extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("v-r=init");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"init".equals(request.getParameter("v-r")) || isReadable(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** As Vaadin's {@code JavaScriptBootstrapHandler} reads them. */
    static boolean isReadable(HttpServletRequest request) {
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
