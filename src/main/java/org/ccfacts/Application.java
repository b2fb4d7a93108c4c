package org.ccfacts;

import java.time.Clock;
import java.util.Arrays;

import org.ccfacts.stewardship.CheckData;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The China–Central Asia facts dashboard: a Vaadin Flow app on Spring Boot, all data from {@code data/}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("ccfacts")
@Meta(name = "description", content = "Sourced figures of China–Central Asia cooperation")
public class Application implements AppShellConfigurator {

    /** {@code java -jar app.jar --check-data [--json] [FOLDER]}: {@link CheckData} instead of the app. */
    static final String CHECK_DATA = "--check-data";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CHECK_DATA)) {
            // the data check of bin/check-data: no web server, no Spring, only the app's reader
            System.exit(CheckData.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Applies the remembered light/dark choice (or the system's preference) before the first paint, so a
     * dark page never flashes white. The dashboard's theme button writes the same localStorage key.
     */
    private static final String THEME_BEFORE_PAINT = """
            (function () {
              try {
                var stored = localStorage.getItem('ccfacts-theme');
                var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
                if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
              } catch (e) { /* storage blocked: light theme */ }
            })();""";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(TargetElement.HEAD, Inline.Position.APPEND, THEME_BEFORE_PAINT,
                Inline.Wrapping.JAVASCRIPT);
        // bundled like everything else (META-INF/resources/icons): the tab shows the app, and no /favicon.ico 404
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
