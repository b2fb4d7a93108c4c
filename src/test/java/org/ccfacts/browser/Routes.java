package org.ccfacts.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/**
 * Every page of the app, found from the {@code @Route} classes rather than listed by hand, so tests that
 * walk "every route" cover views added later. A route with a parameter ({@code chart/:id} or a
 * {@link HasUrlParameter} view) is opened once per chart id.
 */
public final class Routes {

    private Routes() {
    }

    /** The path of every route, parameterised routes once per chart id, "/" first. */
    public static List<String> pagePaths(List<String> chartIds) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.ccfacts")) {
            Class<?> view = load(candidate.getBeanClassName());
            List<String> templates = new ArrayList<>();
            templates.add(view.getAnnotation(Route.class).value());
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                templates.add(alias.value());
            }
            for (String template : templates) {
                paths.addAll(expand(template, HasUrlParameter.class.isAssignableFrom(view), chartIds));
            }
        }
        List<String> ordered = new ArrayList<>(paths);
        ordered.sort((a, b) -> a.equals("/") ? -1 : b.equals("/") ? 1 : a.compareTo(b));
        return ordered;
    }

    private static List<String> expand(String template, boolean takesParameter, List<String> chartIds) {
        String path = "/" + template.replaceAll("^/+", "");
        if (path.contains("/:")) {
            // e.g. chart/:id — the only parameter our routes take is a chart id
            return chartIds.stream().map(id -> path.replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", id)).toList();
        }
        if (takesParameter) {
            String base = path.endsWith("/") ? path : path + "/";
            return chartIds.stream().map(id -> base + id).toList();
        }
        return List.of(path);
    }

    /** Waits until Vaadin has rendered the view and every chart on it has drawn. */
    public static void waitForEveryChart(Page page) {
        // the view's own element: attached is enough (presentation mode is position:fixed, so Vaadin's
        // container around it has no box of its own and never counts as "visible")
        page.waitForSelector("#outlet > * > *", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => Array.from(document.querySelectorAll('apex-chart'))"
                + ".every(c => c.hasAttribute('data-ready') && c.querySelector('svg.apexcharts-svg'))");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
