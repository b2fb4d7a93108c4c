package org.ccfacts.operations;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With {@code ccfacts.instance-route=a} (environment {@code CCFACTS_INSTANCE_ROUTE}) Tomcat ends every
 * session id with ".a", so a reverse proxy can send each session back to the instance that holds its
 * Vaadin UI state (sticky sessions, docs/DEPLOYMENT.md). Empty by default: a single instance needs none.
 */
@Component
class InstanceRouteCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    InstanceRouteCustomizer(@Value("${ccfacts.instance-route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]{0,32}")) {
            throw new IllegalArgumentException("ccfacts.instance-route: '" + route + "' must be letters, digits, - or _");
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
        }
    }
}
