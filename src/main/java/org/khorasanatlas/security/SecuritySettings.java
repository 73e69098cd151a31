package org.khorasanatlas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param frameAncestors      who may show the dashboard in a frame: the CSP {@code frame-ancestors} sources, e.g.
 *                            {@code 'self' https://news.example.org}; {@code 'none'} forbids
 * @param embedFrameAncestors who may show the read-only /embed page in a frame (an article's iframe), in the same
 *                            form; {@code *} (the default) lets any site embed it
 */
@ConfigurationProperties("atlas.security")
public record SecuritySettings(
        @DefaultValue("'self'") String frameAncestors,
        @DefaultValue("*") String embedFrameAncestors) {}
