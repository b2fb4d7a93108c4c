package org.ccfacts;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** The China–Central Asia facts dashboard: a Vaadin Flow app on Spring Boot, all data from {@code data/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("ccfacts")
@Meta(name = "description", content = "Sourced figures of China–Central Asia cooperation")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
