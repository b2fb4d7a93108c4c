package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The permalink's base: the deployment's public address when set, the request's otherwise. */
class PublicUrlTest {

    private static MockHttpServletRequest localRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/chart/trade-volume");
        request.setServerName("localhost");
        request.setServerPort(8080);
        return request;
    }

    @Test
    void theConfiguredPublicUrlWinsOverTheHostTheBrowserUsed() {
        assertThat(PublicUrl.base(localRequest(), new PublicUrlProperties("https://facts.example.org")))
                .isEqualTo("https://facts.example.org/");
        assertThat(PublicUrl.base(localRequest(), new PublicUrlProperties("https://example.org/cc-facts/")))
                .isEqualTo("https://example.org/cc-facts/");
        assertThat(ExportCaptions.permalink(PublicUrl.base(localRequest(), new PublicUrlProperties("https://facts.example.org")),
                "polls")).isEqualTo("https://facts.example.org/chart/polls");
    }

    @Test
    void withoutOneTheRequestsAddressIsUsed() {
        assertThat(PublicUrl.base(localRequest(), new PublicUrlProperties(null))).isEqualTo("http://localhost:8080/");
        assertThat(PublicUrl.base(localRequest(), new PublicUrlProperties(" "))).isEqualTo("http://localhost:8080/");
        assertThat(PublicUrl.base(localRequest(), null)).isEqualTo("http://localhost:8080/");
    }

    @Test
    void anAddressThatIsNotAPlainWebAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> new PublicUrlProperties("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrlProperties("https://x.org/\" onload=")).isInstanceOf(IllegalArgumentException.class);
    }
}
