package org.ccfacts.security;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;

/**
 * The security headers on the answers Tomcat gives by itself, before any filter runs: a request line or
 * header it cannot parse (a bad escape such as {@code %zz}, a NUL, headers over the size limit) is answered
 * 400 by Tomcat's error page, which {@link SecurityHeadersFilter} never sees. This valve runs first in the
 * engine's pipeline; when Tomcat has already decided on an error it sets the fixed headers and the data
 * policy ({@link ContentSecurityPolicy#API}: the error page runs nothing). Every other request passes
 * untouched and gets its headers from the filter.
 */
final class TomcatErrorHeadersValve extends ValveBase {

    TomcatErrorHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (response.getStatus() >= 400) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.API);
            SecurityHeadersFilter.setFixedHeaders(response, false);
        }
        getNext().invoke(request, response);
    }

    /** Puts the valve first in Tomcat's engine pipeline. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addEngineValves(new TomcatErrorHeadersValve());
        }
    }
}
