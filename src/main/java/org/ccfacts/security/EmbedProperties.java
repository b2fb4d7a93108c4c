package org.ccfacts.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other sites may show {@code /chart/{id}} in a frame: {@code ccfacts.embed.allowed-origins}
 * (comma-separated origins such as {@code https://intranet.example.org}; environment
 * {@code CCFACTS_EMBED_ALLOWED_ORIGINS}). Empty by default: no page of the app can be framed.
 */
@ConfigurationProperties("ccfacts.embed")
public record EmbedProperties(@DefaultValue List<String> allowedOrigins) {

    public EmbedProperties {
        allowedOrigins = List.copyOf(allowedOrigins);
        for (String origin : allowedOrigins) {
            // an origin goes verbatim into a header: refuse anything that could add a directive
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("ccfacts.embed.allowed-origins: '" + origin
                        + "' is not an origin like https://intranet.example.org");
            }
        }
    }
}
