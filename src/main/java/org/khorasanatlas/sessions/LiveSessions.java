package org.khorasanatlas.sessions;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** How many HTTP sessions the server holds now (Spring Boot registers this listener with the servlet container). */
@Component
class LiveSessions implements HttpSessionListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        count.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        count.decrementAndGet();
    }

    int count() {
        return count.get();
    }
}
