package org.ccfacts.security;

import java.util.List;

/**
 * The Content-Security-Policy of every response. Each exception to "only this origin, nothing inline"
 * is there because Vaadin (found on 24.9, re-checked on 25.2 by the browser tests) or ApexCharts 4.7 cannot
 * work without it; docs/SECURITY.md explains each.
 */
final class ContentSecurityPolicy {

    /**
     * The policy of {@code /api/**} answers (JSON, CSV): data, never a document, so nothing may load, run or
     * frame it, and no nonce is needed. Fixed, so these frequent, cheap responses do not draw random numbers.
     */
    static final String API = String.join("; ",
            "default-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {
    }

    /**
     * @param nonce          fresh per response; marks the inline bootstrap scripts Vaadin writes into the page
     * @param frameAncestors who may frame this response ({@code 'none'} or a list of origins)
     * @param developmentMode Vaadin's development mode (Vite, development tools), which needs eval
     */
    static String header(String nonce, List<String> frameAncestors, boolean developmentMode) {
        return String.join("; ",
                "default-src 'none'",
                // Vaadin's bootstrap: the module bundle from /VAADIN/build plus inline scripts (initial UI state) carrying the nonce.
                // No 'unsafe-eval': the scripts Flow's client runs are compiled into the bundle (src/main/frontend/flow-scripts.js);
                // only development mode, on a developer's machine, allows eval for Vaadin's development tools.
                "script-src 'self' 'nonce-" + nonce + "'" + (developmentMode ? " 'unsafe-eval'" : ""),
                // Lumo and ApexCharts write style attributes and <style> elements at run time
                "style-src 'self' 'unsafe-inline'",
                // ApexCharts' PNG/SVG export draws the chart through data: and blob: images
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "manifest-src 'self'",
                "worker-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + String.join(" ", frameAncestors));
    }
}
