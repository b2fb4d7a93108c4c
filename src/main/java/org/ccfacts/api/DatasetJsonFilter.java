package org.ccfacts.api;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.core.JacksonException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the plain {@code GET /api/dataset} in the filter chain, right after the security headers: the
 * cached JSON with its ETag and {@code Cache-Control: no-cache}, or {@code 304} when {@code If-None-Match}
 * matches (Spring's own ETag comparison). The answer is exactly {@link DatasetController#dataset}'s; going
 * through Spring MVC's dispatch, handler lookup and content negotiation cost several times more than
 * sending the bytes (docs/PERFORMANCE.md). Anything unusual (another method, an {@code Accept} header that
 * needs negotiating, a failure) goes on to the controller, which answers it as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatasetJsonFilter extends HttpFilter {

    private static final String PATH = "/api/dataset";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String NO_CACHE = "no-cache";

    private final DatasetJsonCache cache;

    DatasetJsonFilter(DatasetJsonCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPlainDatasetGet(request)) {
            chain.doFilter(request, response);
            return;
        }
        DatasetJsonCache.Rendered rendered;
        try {
            rendered = cache.current();
        } catch (JacksonException e) {
            chain.doFilter(request, response); // the controller logs it and answers the JSON 500
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        if (new ServletWebRequest(request, response).checkNotModified(rendered.etag())) {
            return; // 304 with the ETag, written by Spring
        }
        response.setHeader(HttpHeaders.ETAG, rendered.etag());
        response.setContentType(JSON);
        response.setContentLength(rendered.json().length);
        response.getOutputStream().write(rendered.json());
    }

    private static boolean isPlainDatasetGet(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return false;
        }
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri.length() != context.length() + PATH.length() || !uri.startsWith(PATH, context.length())) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.equals("*/*") || accept.equals(JSON);
    }
}
