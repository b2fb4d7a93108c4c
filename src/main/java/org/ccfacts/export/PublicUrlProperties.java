package org.ccfacts.export;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ccfacts.public-url} (environment {@code CCFACTS_PUBLIC_URL}): the address readers reach the app at,
 * such as {@code https://facts.example.org/}. Every export burns a permalink into its image, which outlives
 * the browser session that made it: without this, the link is whatever host that browser used (often
 * {@code localhost} or an internal name behind a proxy). Unset by default: the address of the request.
 */
@ConfigurationProperties("ccfacts")
public record PublicUrlProperties(String publicUrl) {

    public PublicUrlProperties {
        if (publicUrl != null && publicUrl.isBlank()) {
            publicUrl = null;
        }
        // it is written into every export as text: refuse anything that is not a plain web address
        if (publicUrl != null && !publicUrl.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/-]*)?")) {
            throw new IllegalArgumentException("ccfacts.public-url: '" + publicUrl
                    + "' is not a web address like https://facts.example.org/");
        }
    }

    /** The configured base, ending in "/", if one is set. */
    public Optional<String> base() {
        return Optional.ofNullable(publicUrl).map(u -> u.endsWith("/") ? u : u + "/");
    }
}
