package org.ccfacts.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.ccfacts.history.DatasetHistory;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.RequestLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Vaadin would answer with its page and 200 whatever the address: a page address that is no route
 * of the app, a file that does not exist ({@code /application.properties}, {@code /data/sources.yaml}) and an
 * Actuator address that is not exposed ({@code /actuator/env}) are answered 404 (still with the app's page,
 * whose not-found view says so), and a method other than GET or HEAD on any of them 405. Link checkers,
 * search engines, monitoring and scanners would otherwise take a mistyped address for a page, and a PUT for
 * a success. Vaadin's own requests ({@code ?v-r=}), the API and the CSV exports (Spring MVC, which answers
 * 404 and 405 itself) are not touched.
 */
@Component
class UnknownPageFilter extends OncePerRequestFilter {

    private static final List<String> READ_ONLY = List.of("GET", "HEAD");

    private final ObjectProvider<PathMappedEndpoints> actuator;
    private final ObjectProvider<DatasetHistory> history;

    UnknownPageFilter(ObjectProvider<PathMappedEndpoints> actuator, ObjectProvider<DatasetHistory> history) {
        this.actuator = actuator;
        this.history = history;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return request.getParameter("v-r") != null || path.startsWith("/api/") || path.startsWith("/export/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READ_ONLY.contains(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setHeader("Allow", String.join(", ", READ_ONLY));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(BundleTranslations.get(RequestLanguage.of(request).locale(),
                    "request.refused.method").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!exists(pathOf(request)) || unknownVersion(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private boolean exists(String path) throws IOException {
        if (path.startsWith("/VAADIN/")) {
            return true; // Vaadin's front-end files: its own file server answers 404 for a missing one
        }
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            PathMappedEndpoints endpoints = actuator.getIfAvailable();
            Collection<String> exposed = endpoints == null ? List.of() : endpoints.getAllPaths();
            return exposed.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return getServletContext().getResource(path) != null; // a bundled static file (icons/favicon.svg)
        }
        RouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
        return routes.getNavigationTarget(path.replaceAll("^/+|/+$", "")).isPresent();
    }

    /** {@code /?version=…} of a version the history does not keep: the dashboard's not-found view, so a 404 too. */
    private boolean unknownVersion(HttpServletRequest request) {
        String version = request.getParameter("version");
        DatasetHistory kept = history.getIfAvailable();
        return version != null && kept != null && pathOf(request).equals("/") && kept.version(version).isEmpty();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
