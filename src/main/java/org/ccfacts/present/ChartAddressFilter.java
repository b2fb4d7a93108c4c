package org.ccfacts.present;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.export.ExportRequest;
import org.ccfacts.export.InvalidExportException;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.RequestLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a typed or shared address of a chart (or a handout naming a chart) that does not exist with a real 404 (and bad export
 * parameters with a 400) before the app page loads. Vaadin serves every route's first page with 200 and
 * shows its error views afterwards; those views ({@link UnknownChartView}) still handle navigation
 * inside the app.
 *
 * <p>The plain-text bodies are in the language a page of that address would have ({@code ?lang=}, the
 * remembered choice, the browser's languages: {@link RequestLanguage}); chart ids and parameter values
 * stay as typed.
 */
@Component
class ChartAddressFilter extends OncePerRequestFilter {

    private static final Pattern CHART_ADDRESS = Pattern.compile("/(chart|present)/([^/]+)/?");
    /** The handout names its charts in {@code ?charts=a,b}: one unknown id refuses the whole handout. */
    private static final Pattern HANDOUT = Pattern.compile("/handout/?");

    private final ChartCatalog catalog;

    ChartAddressFilter(ChartCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HANDOUT.matcher(path).matches()) {
            try {
                HandoutView.requested(catalog, request.getParameter(HandoutView.CHARTS));
            } catch (UnknownChartException unknown) {
                refuse(response, HttpServletResponse.SC_NOT_FOUND, unknownChart(RequestLanguage.of(request).locale(), unknown.chartId()));
                return;
            }
        }
        Matcher address = CHART_ADDRESS.matcher(path);
        if (address.matches()) {
            String id = address.group(2);
            Locale locale = RequestLanguage.of(request).locale();
            if (catalog.byId(id).isEmpty()) {
                refuse(response, HttpServletResponse.SC_NOT_FOUND, unknownChart(locale, id));
                return;
            }
            if ("chart".equals(address.group(1))) {
                try {
                    ExportRequest.parse(request.getParameter("format"), request.getParameter("size"),
                            request.getParameter("scale"), request.getParameter("theme"));
                } catch (InvalidExportException e) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.message(locale));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private String unknownChart(Locale locale, String id) {
        return BundleTranslations.get(locale, "present.unknown.reason", visible(id),
                catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(", ")));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String visible(String id) {
        String safe = id.replaceAll("[^\\p{L}\\p{N}._-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
