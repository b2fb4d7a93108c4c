/*
 * Where a chart's texts sit, measured as a reader sees them (ChartTextChecks gives this object to a test's own
 * check): what an SVG drawing shows as text, whether each text is fully inside the canvas and the chart's own
 * drawing, cut with an ellipsis or outside a clip-path, and whether it lies over another text. Used on exported
 * SVGs (ExportLegibilityIT) and on the presentation mode's slide (PresentationLegibilityIT).
 */
(() => {
  /** Opacity of an element as drawn: its own and its ancestors' up to `svg` (display/visibility hidden: 0). */
  const opacityOf = (element, svg) => {
    let opacity = 1;
    for (let e = element; e; e = e.parentElement ?? e.getRootNode().host) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return 0;
      opacity *= Number(style.opacity);
      if (e === svg) break;
    }
    return opacity;
  };
  /** The text a reader sees in an element: its text and tspans, not a <title> (a tooltip). */
  const shownText = (element) => {
    let text = '';
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      else if (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'title') text += shownText(node);
    }
    return text;
  };
  /** The rectangles (page coordinates) the clip-paths of an element's ancestors let through. */
  const clipsOf = (element, svg) => {
    const rects = [];
    for (let e = element; e && e !== svg.parentNode; e = e.parentElement) {
      const reference = e.getAttribute('clip-path') ?? '';
      const id = /url\(["']?#([^"')]+)["']?\)/.exec(reference)?.[1];
      const clip = id && svg.querySelector('#' + CSS.escape(id));
      if (!clip) continue;
      const matrix = e.getScreenCTM();
      for (const shape of clip.children) {
        if (typeof shape.getBBox !== 'function') continue;
        const box = shape.getBBox();
        const own = shape.transform?.baseVal?.consolidate()?.matrix;
        const m = own ? matrix.multiply(own) : matrix;
        const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]]
          .map(([px, py]) => new DOMPoint(px, py).matrixTransform(m));
        const xs = corners.map((p) => p.x);
        const ys = corners.map((p) => p.y);
        rects.push({ left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys), id });
      }
    }
    return rects;
  };
  const inside = (box, area, slack) =>
    box.left >= area.left - slack && box.top >= area.top - slack && box.right <= area.right + slack && box.bottom <= area.bottom + slack;
  const show = (text) => JSON.stringify(text.length > 60 ? text.slice(0, 57) + '…' : text);

  /**
   * The texts a reader sees in `svg`: its <text> elements and the HTML inside its drawing (ApexCharts' legend,
   * a foreignObject), each { element, html, text, box }; empty, zero-sized and invisible ones left out.
   */
  const textsOf = (svg) => [
    ...[...svg.querySelectorAll('text')].map((element) => ({ element, html: false })),
    ...[...svg.querySelectorAll('foreignObject *')]
      // HTML inside the drawing (ApexCharts' legend): its elements that hold text themselves
      .filter((e) => e.namespaceURI === 'http://www.w3.org/1999/xhtml' && e.localName !== 'style')
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
      .map((element) => ({ element, html: true })),
  ].map((t) => ({ ...t, text: shownText(t.element).trim(), box: t.element.getBoundingClientRect(), lines: linesOf(t.element) }))
    .filter((t) => t.text && t.box.width > 0 && t.box.height > 0 && opacityOf(t.element, svg) > 0.05);
  /**
   * The boxes of a text's lines: a label of several lines (ApexCharts writes each as a tspan) is as many boxes,
   * so a line of one label over a line of the next is seen, where the boxes of the two whole labels, trimmed
   * at top and bottom, would not meet.
   */
  const linesOf = (element) => {
    const spans = [...element.children].filter((c) => c.localName === 'tspan' && c.textContent.trim());
    const boxes = spans.map((s) => s.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
    return boxes.length > 1 ? boxes : [element.getBoundingClientRect()];
  };

  /**
   * Calls `fail` for every text of `texts` (from textsOf(svg)) that is (1) not fully inside the canvas (`svg`)
   * or, drawn in a nested <svg>, inside that drawing; (2) cut with an ellipsis or outside a clip-path of its
   * ancestors; (4) over another text.
   */
  const checkPlacement = (svg, texts, fail) => {
    const canvasBox = svg.getBoundingClientRect();
    for (const { element, text, box } of texts) {
      if (!inside(box, canvasBox, 0.5)) fail(`${show(text)} is not fully inside the canvas`);
      const drawing = element.closest('svg');
      if (drawing !== svg && !inside(box, drawing.getBoundingClientRect(), 0.5)) fail(`${show(text)} is not fully inside the chart's drawing`);
      if (/…|\.\.\./.test(text)) fail(`${show(text)} is cut with an ellipsis`);
      for (const clip of clipsOf(element, svg)) {
        if (!inside(box, clip, 1.5)) fail(`${show(text)} is clipped by #${clip.id}`);
      }
    }
    // boxes trimmed to the glyphs' core: line boxes of stacked lines touch
    // (across the line: a text turned a quarter, as a vertical axis title, has its line box left and right)
    const cores = texts.map((t) => {
      const m = t.html ? null : t.element.getCTM?.();
      const turned = m && Math.abs(m.b) > Math.abs(m.a);
      return {
        t,
        lines: t.lines.map((box) => {
          const trimX = turned ? box.width * 0.15 : 1;
          const trimY = turned ? 1 : box.height * 0.15;
          return { left: box.left + trimX, right: box.right - trimX, top: box.top + trimY, bottom: box.bottom - trimY };
        }),
      };
    });
    const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < cores.length; i++) {
      for (let j = i + 1; j < cores.length; j++) {
        const a = cores[i];
        const b = cores[j];
        if (a.t.element.contains(b.t.element) || b.t.element.contains(a.t.element)) continue;
        if (a.lines.some((x) => b.lines.some((y) => meet(x, y)))) fail(`${show(a.t.text)} overlaps ${show(b.t.text)}`);
      }
    }
  };

  return { opacityOf, shownText, clipsOf, inside, show, textsOf, checkPlacement };
})()
