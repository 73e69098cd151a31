package org.khorasanatlas.security;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.khorasanatlas.map.MapSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response. The Content-Security-Policy is as tight as the app allows: Vaadin's
 * bootstrap page runs an inline script and its components and Leaflet set inline styles, so those two need
 * 'unsafe-inline'; Flow's client engine (before Vaadin 25.4) builds functions from the JavaScript the server
 * sends, so scripts also need 'unsafe-eval' (without it the page stays blank). Everything else comes from this
 * server only, except the tile server when online tiles are switched on. Links to sources open other sites, so
 * no referrer is sent with them. Only the read-only /embed page, which holds no session and takes no input, may be
 * framed by other sites; the dashboard keeps its own, stricter list.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private static final Pattern ORIGIN = Pattern.compile("(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);

    /** The page other sites may frame (embed.EmbedController's path). */
    static final String EMBED_PATH = "/embed";

    private final String policy;
    private final String embedPolicy;

    SecurityHeaders(SecuritySettings settings, MapSettings map) {
        String tiles =
                map.onlineTiles().enabled() ? " " + origin(map.onlineTiles().url()) : "";
        String common =
                "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:" + tiles + "; font-src 'self' data:; connect-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";
        this.policy = common + settings.frameAncestors();
        this.embedPolicy = common + settings.embedFrameAncestors();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        addTo(response, path.equals(EMBED_PATH) ? embedPolicy : policy);
        chain.doFilter(request, response);
    }

    void addTo(HttpServletResponse response) {
        addTo(response, policy);
    }

    private static void addTo(HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /**
     * The CSP source for a tile URL template: its scheme and host, with a subdomain placeholder such as
     * {@code {s}} turned into a wildcard ({@code https://{s}.tile.example.org/...} gives
     * {@code https://*.tile.example.org}).
     */
    static String origin(String urlTemplate) {
        Matcher matcher = ORIGIN.matcher(urlTemplate);
        if (!matcher.lookingAt()) {
            throw new IllegalArgumentException("not an http(s) URL template: " + urlTemplate);
        }
        return matcher.group(1).toLowerCase(Locale.ROOT) + "://"
                + matcher.group(2).replaceAll("\\{[^}]*}", "*").toLowerCase(Locale.ROOT);
    }
}
