package org.ccfacts.export;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** The app's absolute root URL as the browser reached it (honouring forwarded headers when Spring is told to). */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** E.g. {@code http://localhost:8080/}; "/" outside a request. */
    public static String base() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/")
                    .build().toUriString();
        }
        return "/";
    }
}
