package org.khorasanatlas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param frameAncestors who may show the dashboard in a frame: the CSP {@code frame-ancestors} sources, e.g.
 *                       {@code 'self' https://news.example.org} to embed it in an article; {@code 'none'} forbids
 */
@ConfigurationProperties("atlas.security")
public record SecuritySettings(@DefaultValue("'self'") String frameAncestors) {
}
