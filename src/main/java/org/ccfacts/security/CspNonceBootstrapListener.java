package org.ccfacts.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Marks the inline scripts Vaadin writes into its bootstrap page with the nonce of this response's
 * Content-Security-Policy, so they run while any other inline script (an injected one) is refused.
 */
@Component
class CspNonceBootstrapListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(SecurityHeadersFilter.NONCE_ATTRIBUTE);
            if (nonce instanceof String value) {
                response.getDocument().getElementsByTag("script").attr("nonce", value);
            }
        });
    }
}
