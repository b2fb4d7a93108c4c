package org.ccfacts.export;

import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The app's absolute root URL: {@code ccfacts.public-url} when the deployment sets it
 * ({@link PublicUrlProperties}), otherwise as the browser reached it (honouring forwarded headers when
 * Spring is told to).
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** E.g. {@code https://facts.example.org/} or {@code http://localhost:8080/}; "/" outside a request. */
    public static String base() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            var context = WebApplicationContextUtils.getWebApplicationContext(http.getServletContext());
            PublicUrlProperties configured = context == null ? null
                    : context.getBeanProvider(PublicUrlProperties.class).getIfAvailable();
            return base(http, configured);
        }
        return "/";
    }

    static String base(HttpServletRequest request, PublicUrlProperties configured) {
        if (configured != null && configured.base().isPresent()) {
            return configured.base().get();
        }
        return ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString();
    }
}
