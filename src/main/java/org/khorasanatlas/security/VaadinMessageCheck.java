package org.khorasanatlas.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 400 to a Vaadin message ({@code POST ?v-r=uidl}) that is not the JSON object Vaadin's client sends, before
 * Vaadin reads it: Vaadin logs every such body as an ERROR with a full stack trace (a broken JSON text, a message
 * without its sync id, an {@code rpc} that is not a list), so any client could flood the log. The shape checked is
 * what Vaadin reads without checking: an object; {@code syncId} a whole number unless it is a closing tab's
 * {@code UNLOAD} beacon; {@code clientId}, {@code csrfToken} and {@code rpc} of their types when present.
 * {@link RequestBodyLimit} has already bounded the body's size; how long and how many bodies may be arriving at once is
 * bounded here ({@link #read}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class VaadinMessageCheck extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bodies read at once; past it a message waits {@link #PERMIT_WAIT} for a permit, then gets 503. */
    static final int MAX_ARRIVING = 100;

    static final Duration PERMIT_WAIT = Duration.ofMillis(200);
    /** A message from a tab arrives within milliseconds; one that takes longer is a client holding the server. */
    static final Duration ARRIVAL_TIME = Duration.ofSeconds(10);

    private static final int CHUNK_BYTES = 2048;

    private final Semaphore arriving = new Semaphore(MAX_ARRIVING);
    private static final String UIDL =
            ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_UIDL;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !HttpMethod.POST.matches(request.getMethod())
                || query == null
                || Arrays.stream(query.split("&")).noneMatch(UIDL::equals);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<byte[]> body = read(request, response);
        if (body.isEmpty()) {
            return;
        }
        if (isMessage(body.get())) {
            chain.doFilter(new ReadBody(request, body.get()), response);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /**
     * The body, read holding one of {@link #MAX_ARRIVING} permits and within {@link #ARRIVAL_TIME}; empty when it was
     * refused (503 when every permit is held by bodies still arriving, 408 when it took too long; the connection is
     * closed either way). A message from a tab arrives with its headers and holds a permit for microseconds; a client
     * that sends its body slowly holds one for at most that time, and a thousand such clients cost the heap no more
     * than a hundred (each costs ~130 KB while it waits).
     */
    private Optional<byte[]> read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!arriving.tryAcquire(PERMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                refuse(response, HttpStatus.SERVICE_UNAVAILABLE);
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(response, HttpStatus.SERVICE_UNAVAILABLE);
            return Optional.empty();
        }
        try {
            long deadline = System.nanoTime() + ARRIVAL_TIME.toNanos();
            InputStream in = request.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(0, request.getContentLength()));
            byte[] chunk = new byte[CHUNK_BYTES];
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                body.write(chunk, 0, read);
                if (System.nanoTime() > deadline) {
                    refuse(response, HttpStatus.REQUEST_TIMEOUT);
                    return Optional.empty();
                }
            }
            return Optional.of(body.toByteArray());
        } finally {
            arriving.release();
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.sendError(status.value());
    }

    static boolean isMessage(byte[] body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JacksonException e) {
            return false;
        }
        return message != null
                && message.isObject()
                && (message.path("UNLOAD").asBoolean(false)
                        || message.path("syncId").isIntegralNumber())
                && (!message.has("clientId") || message.get("clientId").isIntegralNumber())
                && (!message.has("csrfToken") || message.get("csrfToken").isString())
                && (!message.has("rpc")
                        || message.get("rpc").isArray()
                                && message.get("rpc").valueStream().allMatch(JsonNode::isObject));
    }

    /** The request with its body, already read here, read again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
