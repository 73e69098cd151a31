package org.khorasanatlas.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where {@code /api/events} and {@code /api/events.csv} write their files (the only asynchronous answers of the app):
 * a virtual thread each, at most {@link DownloadSettings#maxConcurrent()} at once, beyond which a download is refused
 * at once ({@link ApiErrors} answers 503) rather than queued. Spring's default pool had 8 threads and an unbounded
 * queue, so 8 clients that never read their download blocked everyone else's until their writes timed out.
 */
@Configuration(proxyBeanMethods = false)
class DownloadThreads implements WebMvcConfigurer {

    private final DownloadSettings settings;

    DownloadThreads(DownloadSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("download-");
        executor.setVirtualThreads(true);
        executor.setConcurrencyLimit(settings.maxConcurrent());
        executor.setRejectTasksWhenLimitReached(true);
        configurer.setTaskExecutor(executor);
    }
}
