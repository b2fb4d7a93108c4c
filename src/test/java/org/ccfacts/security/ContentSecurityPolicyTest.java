package org.ccfacts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The page policy allows eval only in Vaadin's development mode (a developer's machine, Vaadin's tools). */
class ContentSecurityPolicyTest {

    @Test
    void productionPagesRefuseEvalAndDevelopmentModeAllowsIt() {
        String production = ContentSecurityPolicy.header("n0nce", List.of("'none'"), false);
        String development = ContentSecurityPolicy.header("n0nce", List.of("'none'"), true);

        assertThat(production).contains("script-src 'self' 'nonce-n0nce';").doesNotContain("unsafe-eval");
        assertThat(development).contains("script-src 'self' 'nonce-n0nce' 'unsafe-eval';");
        assertThat(development.replace(" 'unsafe-eval'", "")).as("nothing else differs").isEqualTo(production);
    }
}
