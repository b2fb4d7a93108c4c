package org.ccfacts.operations;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat copies every response through a per-connection write buffer of 8 KiB by default, so the
 * {@code /api/dataset} answer left in several socket writes. A buffer that holds the whole answer
 * (headers included) sends it in one, which measured about +40 % requests per second with the 31 KB
 * answer and 32 KiB (docs/PERFORMANCE.md). With the notes translated the answer was about 35 KB, so the
 * buffer is 48 KiB; the cost is 40 KiB more heap per open or pooled connection than Tomcat's default.
 * The answer is now about 100 KB (three writes), and the 48 KiB buffer still gives 1.8× the requests per second of
 * 8 KiB (A/B of 2026-12-01). Each open dashboard page holds one such connection alive with its status fetch, so the
 * 40 KiB also counts per open page (docs/PERFORMANCE.md, push or poll).
 */
@Component
class ConnectorBufferCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int WRITE_BUFFER_BYTES = 48 * 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES)));
    }
}
