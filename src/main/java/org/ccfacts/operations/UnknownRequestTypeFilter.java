package org.ccfacts.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.RequestLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.HandlerHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code ?v-r=} names the kind of a Vaadin request (init, uidl, heartbeat, …). Vaadin answers any other
 * value with a 500 and an empty body, as if the server had failed; it is the client's mistake, so it gets
 * a short 400 in the reader's language instead (with the security headers, which an earlier filter set).
 */
@Component
class UnknownRequestTypeFilter extends OncePerRequestFilter {

    /** Vaadin's own list, so an upgrade that adds a kind cannot be refused by mistake. */
    private static final Set<String> KNOWN = Arrays.stream(HandlerHelper.RequestType.values())
            .map(HandlerHelper.RequestType::getIdentifier).collect(Collectors.toUnmodifiableSet());

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return type == null || KNOWN.contains(type);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(BundleTranslations.get(RequestLanguage.of(request).locale(), "request.refused.type")
                .getBytes(StandardCharsets.UTF_8));
    }
}
