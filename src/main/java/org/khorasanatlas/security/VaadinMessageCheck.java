package org.khorasanatlas.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
 * {@link RequestBodyLimit} has already bounded the body's size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class VaadinMessageCheck extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UIDL = ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
            + ApplicationConstants.REQUEST_TYPE_UIDL;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !HttpMethod.POST.matches(request.getMethod()) || query == null
                || Arrays.stream(query.split("&")).noneMatch(UIDL::equals);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (isMessage(body)) {
            chain.doFilter(new ReadBody(request, body), response);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    static boolean isMessage(byte[] body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JacksonException e) {
            return false;
        }
        return message != null && message.isObject()
                && (message.path("UNLOAD").asBoolean(false) || message.path("syncId").isIntegralNumber())
                && (!message.has("clientId") || message.get("clientId").isIntegralNumber())
                && (!message.has("csrfToken") || message.get("csrfToken").isString())
                && (!message.has("rpc") || message.get("rpc").isArray() && message.get("rpc").valueStream()
                        .allMatch(JsonNode::isObject));
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
