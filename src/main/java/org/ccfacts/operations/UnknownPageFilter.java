package org.ccfacts.operations;

import java.io.IOException;

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
 * A page address that is no route of the app is answered with 404 (still with the app's page, whose
 * not-found view says so). Vaadin serves its page with 200 for any address and decides later, so link
 * checkers, search engines and monitoring would otherwise take a mistyped address for a page.
 * Files (a dot in the last segment), Vaadin's own requests and the API are not touched.
 */
@Component
class UnknownPageFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null || last.contains(".")
                || path.startsWith("/VAADIN/") || path.startsWith("/api/") || path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
        String route = pathOf(request).replaceAll("^/+|/+$", "");
        if (routes.getNavigationTarget(route).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
