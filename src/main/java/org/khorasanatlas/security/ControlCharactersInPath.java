package org.khorasanatlas.security;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (400) a path that holds a control character once decoded, such as an encoded line break ({@code %0A}). No
 * page or file has one, and libraries log the paths they refuse as they are: Vaadin's "Blocked attempt to access
 * file" message would otherwise print a line of the client's choosing into the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ControlCharactersInPath extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.chars().anyMatch(Character::isISOControl)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } else {
            chain.doFilter(request, response);
        }
    }
}
