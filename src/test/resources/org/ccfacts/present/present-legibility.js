/*
 * PresentationLegibilityIT's check of the slide on screen (Playwright evaluate, with the shared
 * browser/chart-text-checks.js as `checks`). Fails, as "what: why", when
 *   - a text of the chart is outside its canvas, cut with an ellipsis or by a clip-path, or over another text;
 *   - a text of the chart is smaller than `minFontSize` CSS pixels;
 *   - a part of the slide (title, subtitle, chart, each note and source line, the controls) is outside the
 *     window, scrolls (more content than room) or lies over the chart;
 * and returns the list of failures.
 */
({ minFontSize }, checks) => {
  const { inside, show, textsOf, checkPlacement } = checks;
  const failures = [];
  const fail = (what) => failures.push(what);
  const svg = document.querySelector('apex-chart.present-chart svg.apexcharts-svg');
  if (!svg) return ['no chart on the slide'];

  const texts = textsOf(svg);
  checkPlacement(svg, texts, fail);
  for (const { element, text } of texts) {
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < minFontSize - 0.01) fail(`${show(text)} is ${size} px < ${minFontSize} px`);
  }

  const name = (e) => e.getAttribute('data-present') ?? e.className ?? e.localName;
  const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const chartBox = svg.getBoundingClientRect();
  if (!inside(chartBox, view, 0.5)) fail(`the chart (${Math.round(chartBox.top)}–${Math.round(chartBox.bottom)} px) is not inside the window`);
  const parts = [...document.querySelectorAll('.present, .present-slide, .present-title, .present-subtitle, .present-footer,'
    + ' .present-footer > *, .present-controls')];
  for (const part of parts) {
    const label = part.closest('.present-footer') && part.localName === 'p' ? `footer line ${show(part.textContent.trim())}` : name(part);
    // a box that scrolls or clips hides what does not fit (a visible overflow, a heading's tall glyphs, hides nothing)
    const style = getComputedStyle(part);
    if (style.overflowY !== 'visible' && part.scrollHeight > part.clientHeight + 1) {
      fail(`${label} hides ${part.scrollHeight - part.clientHeight} px of its ${part.scrollHeight} px height (it scrolls or clips)`);
    }
    // columns that do not fit add a column beside them, out of sight
    if (style.overflowX !== 'visible' && part.scrollWidth > part.clientWidth + 1) {
      fail(`${label} hides ${part.scrollWidth - part.clientWidth} px of its ${part.scrollWidth} px width (it scrolls or clips)`);
    }
    const box = part.getBoundingClientRect();
    if (!inside(box, view, 0.5)) fail(`${label} is not inside the window (${Math.round(box.top)}–${Math.round(box.bottom)} px of ${innerHeight})`);
    // the footer's own box clips what overflows it
    const footer = part.parentElement?.closest('.present-footer');
    if (footer && !inside(box, footer.getBoundingClientRect(), 0.5)) fail(`${label} is cut by the footer's box`);
    if (!part.contains(svg) && !svg.contains(part) && part.closest('.present-slide')) {
      const w = Math.min(box.right, chartBox.right) - Math.max(box.left, chartBox.left);
      const h = Math.min(box.bottom, chartBox.bottom) - Math.max(box.top, chartBox.top);
      if (w > 1 && h > 1) fail(`${label} lies over the chart`);
    }
  }
  return failures;
}
