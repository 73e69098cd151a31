package org.khorasanatlas.api;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.NoHandlerFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whatever no API endpoint takes, under /api. Without it Vaadin, which serves every path nothing else
 * claims, would answer with its HTML "page not found"; here it becomes the API's JSON 404 or 405.
 */
@RestController
class UnknownApiRequests {

    @RequestMapping("/api/**")
    void refuse(HttpServletRequest request) throws HttpRequestMethodNotSupportedException, NoHandlerFoundException {
        // The path as sent: the servlet path merges slashes, which made /api//events look like a real endpoint.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (EventsController.PATHS.contains(path)) {
            throw new HttpRequestMethodNotSupportedException(
                    request.getMethod(), List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name()));
        }
        throw new NoHandlerFoundException(request.getMethod(), path, new HttpHeaders());
    }
}
