package org.khorasanatlas.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxConcurrent downloads streamed at once; more get 503 with Retry-After. Each holds one virtual thread until
 *                      it is written or its client stops reading for longer than {@code server.tomcat.connection-timeout}
 */
@ConfigurationProperties("atlas.downloads")
public record DownloadSettings(@DefaultValue("64") int maxConcurrent) {

    public DownloadSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("atlas.downloads.max-concurrent must be at least 1");
        }
    }
}
