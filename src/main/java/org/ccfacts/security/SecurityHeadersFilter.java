package org.ccfacts.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the security headers on every response (pages, Vaadin requests, static files, API, Actuator,
 * errors) before anything is written. Only {@code /chart/**} may be framed, and only by the origins in
 * {@code ccfacts.embed.allowed-origins}. API answers ({@code /api/**}) are data, not documents: they get the
 * fixed {@link ContentSecurityPolicy#API} instead of a page policy with a fresh nonce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Request attribute holding this response's CSP nonce, read by {@link CspNonceBootstrapListener}. */
    static final String NONCE_ATTRIBUTE = SecurityHeadersFilter.class.getName() + ".nonce";

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()";

    private final SecureRandom random = new SecureRandom();
    private final EmbedProperties embed;
    private volatile Boolean developmentMode;

    SecurityHeadersFilter(EmbedProperties embed) {
        this.embed = embed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean embeddable = path.startsWith("/chart/") && !embed.allowedOrigins().isEmpty();
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.API);
        } else {
            String nonce = newNonce();
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            List<String> ancestors = embeddable ? embed.allowedOrigins() : List.of("'none'");
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.header(nonce, ancestors, developmentMode()));
        }
        setFixedHeaders(response, embeddable);
        chain.doFilter(request, response);
    }

    /** The headers that are the same on every response; also set by {@link TomcatErrorHeadersValve}. */
    static void setFixedHeaders(HttpServletResponse response, boolean embeddable) {
        if (!embeddable) {
            // for browsers that predate frame-ancestors; it cannot list several origins, so not on embeddable charts
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Error dispatches and async dispatches get the headers too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Vaadin's own answer, read once: production mode comes from the build, not from a property here. */
    private boolean developmentMode() {
        Boolean known = developmentMode;
        if (known == null) {
            known = !ApplicationConfiguration.get(new VaadinServletContext(getServletContext())).isProductionMode();
            developmentMode = known;
        }
        return known;
    }

    private String newNonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
