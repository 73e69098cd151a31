package org.khorasanatlas.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, one connection per request: the request target goes out byte for byte as given.
 * {@code java.net.URI} (and so {@code java.net.http}) refuses to build an address with a broken escape such as
 * {@code %zz}, which is exactly what a fuzz test must send. HTTP/1.0 keeps the answer simple to read: no chunks, no
 * keep-alive, the body ends when the server closes.
 */
final class RawHttp {

    private static final int TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;

    RawHttp(URI app) {
        this.host = app.getHost();
        this.port = app.getPort();
    }

    /** An answer; header names in lower case, the body decoded as UTF-8. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        /** The session cookie this answer sets ({@code JSESSIONID=...}, for a Cookie header), or null. */
        String sessionCookie() {
            String setCookie = header("Set-Cookie");
            return setCookie == null || !setCookie.startsWith("JSESSIONID=")
                    ? null
                    : setCookie.substring(0, setCookie.indexOf(';') < 0 ? setCookie.length() : setCookie.indexOf(';'));
        }
    }

    /** No answer: the server closed the connection on the request (see {@link #exchange}). */
    static final Answer CLOSED = new Answer(0, Map.of(), "");

    Answer get(String target, String cookie) {
        return exchange("GET " + target + " HTTP/1.0\r\n" + hostLine() + cookieLine(cookie) + "\r\n", new byte[0]);
    }

    Answer postJson(String target, String cookie, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange(
                "POST " + target + " HTTP/1.0\r\n" + hostLine() + cookieLine(cookie)
                        + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: " + body.length
                        + "\r\n\r\n",
                body);
    }

    private String hostLine() {
        return "Host: " + host + ":" + port + "\r\n";
    }

    private static String cookieLine(String cookie) {
        return cookie == null ? "" : "Cookie: " + cookie + "\r\n";
    }

    /**
     * @return the answer, or {@link #CLOSED} when the server closed the connection before reading the whole request:
     *         Tomcat does that to a request line or headers over its limit (8 KB), and the reset that follows can
     *         swallow its 400 before the client reads it
     */
    private Answer exchange(String head, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            // The head as UTF-8: a fuzz case may hold raw non-ASCII bytes, as a careless client would send them.
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (SocketException closed) {
            return CLOSED;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No answer to " + head.lines().findFirst().orElse(head), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IllegalStateException("Not an HTTP answer: " + lines[0]);
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, body);
    }
}
