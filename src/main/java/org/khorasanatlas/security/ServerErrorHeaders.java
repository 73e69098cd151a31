package org.khorasanatlas.security;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;

/**
 * The security headers also on the answers Tomcat gives by itself, before any filter runs: a request line or
 * header too long (a query of more than 8 KB), or a request it cannot parse, gets Tomcat's own 400 page, which
 * {@link SecurityHeaders} as a servlet filter never sees. A valve on the engine sees every request. The filter stays:
 * it sets the headers again after anything in the servlet chain that resets the response.
 */
@Component
class ServerErrorHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final SecurityHeaders headers;

    ServerErrorHeaders(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {

            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                headers.addTo(response);
                getNext().invoke(request, response);
            }
        });
    }
}
