/**
 * Exports for presenters: self-citing PNG/SVG (composed in the browser by {@code src/main/frontend/chart-export.ts}),
 * CSV of exactly the figures drawn, and the export-all slide deck (PPTX). Everything the server receives
 * from the browser is size-limited and validated here before it is used.
 */
package org.ccfacts.export;
