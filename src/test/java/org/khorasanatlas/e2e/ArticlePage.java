package org.khorasanatlas.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A newsroom's article on a site of its own: another origin (127.0.0.1 on a port of its own, where the app is
 * localhost), serving one HTML page that holds whatever the test pastes into it, such as an iframe.
 */
final class ArticlePage implements AutoCloseable {

    private final HttpServer server;

    private ArticlePage(HttpServer server) {
        this.server = server;
    }

    static ArticlePage serving(String bodyHtml) {
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An article</title>"
                        + "</head><body><h1>An article about ISKP</h1><p>Some text.</p>" + bodyHtml + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            server.start();
            return new ArticlePage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/article.html");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
