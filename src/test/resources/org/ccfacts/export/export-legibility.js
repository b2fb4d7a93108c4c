/*
 * ExportLegibilityIT's check, run in the page (Playwright evaluate): composes every chart of the page as an
 * SVG export (window.ccfactsExport.exportBlob, the composer a download uses) at each preset in each theme,
 * lays each one out in a shadow root (the page's style sheets do not reach it, as they do not reach a file)
 * and measures what a reader would see. Every text must be:
 *   1. fully inside the canvas, and a chart text inside the chart's drawing (a nested <svg> clips);
 *   2. not cut: no ellipsis, and not outside any clip-path of its ancestors;
 *   3. at least 4.5:1 against what is drawn under it (the composite of the shapes below, sampled at six
 *      points of its box); every mark (bar, marker, line) at least 3:1 against the canvas;
 *   4. not overlapping another text.
 * Where texts sit (1, 2, 4) is measured by the shared browser/chart-text-checks.js, given as `checks`.
 * Returns { combinations, failures, kept }: kept holds the files (SVG text, PNG base64) of the
 * preset_theme pairs listed in `keep`, for a look by eye.
 */
async ({ charts, presets, themes, keep }, checks) => {
  const { opacityOf, show, textsOf, checkPlacement } = checks;
  const failures = [];
  const kept = {};
  let combinations = 0;
  const host = document.createElement('div');
  // nothing of the page is inherited (an Arabic page's direction would turn every "start" of the drawing around)
  host.style.cssText = 'all:initial;direction:ltr;position:fixed;left:0;top:0;z-index:2147483647';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });

  const parse = (colour) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour ?? '');
    if (m) return { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] };
    const h = /^#([0-9a-f]{6})$/i.exec((colour ?? '').trim());
    if (h) return { r: parseInt(h[1].slice(0, 2), 16), g: parseInt(h[1].slice(2, 4), 16), b: parseInt(h[1].slice(4, 6), 16), a: 1 };
    return undefined;
  };
  const blend = (top, alpha, below) => ({
    r: top.r * alpha + below.r * (1 - alpha), g: top.g * alpha + below.g * (1 - alpha), b: top.b * alpha + below.b * (1 - alpha), a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const c = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const hex = ({ r, g, b }) => '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

  /** The colours a shape paints with: a solid fill, or each stop of a gradient. */
  const paints = (shape, svg) => {
    const style = getComputedStyle(shape);
    const alpha = Number(style.fillOpacity) * opacityOf(shape, svg);
    const url = /url\(["']?#([^"')]+)["']?\)/.exec(style.fill);
    if (url) {
      const gradient = svg.querySelector('#' + CSS.escape(url[1]));
      return [...(gradient?.querySelectorAll('stop') ?? [])].map((stop) => {
        const s = getComputedStyle(stop);
        const colour = parse(s.stopColor);
        return colour && { colour, alpha: alpha * Number(s.stopOpacity) * colour.a };
      }).filter(Boolean);
    }
    const colour = parse(style.fill);
    return colour && colour.a > 0 ? [{ colour, alpha: alpha * colour.a }] : [];
  };
  /** Every colour under a point: the canvas, then each filled shape on top, composited (each gradient stop). */
  const backgroundsAt = (x, y, svg, canvas) => {
    const shapes = root.elementsFromPoint(x, y)
      .filter((e) => svg.contains(e) && ['rect', 'path', 'circle', 'ellipse', 'polygon'].includes(e.localName) && !e.closest('text, clipPath, mask, defs'))
      .reverse();
    let composites = [canvas];
    for (const shape of shapes) {
      if (shape === svg.querySelector(':scope > rect')) continue; // the canvas itself
      const layers = paints(shape, svg);
      if (!layers.length) continue;
      composites = composites.flatMap((below) => layers.map(({ colour, alpha }) => blend(colour, alpha, below)));
    }
    return composites;
  };
  function check(svg, where, theme) {
    const fail = (what) => failures.push(`${where}: ${what}`);
    const canvas = parse(getComputedStyle(svg.querySelector(':scope > rect')).fill);
    const texts = textsOf(svg);
    // 1, 2 and 4: inside, not cut, alone
    checkPlacement(svg, texts, fail);

    for (const t of texts) {
      const { element, text, box } = t;
      // 3. contrast against what is under it
      const style = getComputedStyle(element);
      const ink = parse(t.html ? style.color : style.fill);
      if (!ink) {
        fail(`${show(text)} has no readable colour (${t.html ? style.color : style.fill})`);
        continue;
      }
      const alpha = (t.html ? 1 : Number(style.fillOpacity)) * ink.a * opacityOf(element, svg);
      let worst = Infinity;
      let against;
      for (const fx of [0.2, 0.5, 0.8]) {
        for (const fy of [0.35, 0.65]) {
          for (const below of backgroundsAt(box.left + box.width * fx, box.top + box.height * fy, svg, canvas)) {
            const ratio = contrast(blend(ink, alpha, below), below);
            if (ratio < worst) {
              worst = ratio;
              against = below;
            }
          }
        }
      }
      if (worst < 4.5) fail(`${show(text)} is ${hex(ink)} on ${hex(against)}: ${worst.toFixed(2)}:1 < 4.5:1 (at ${Math.round(box.left)},${Math.round(box.top)})`);
    }
    // 3. marks against the canvas
    const marks = svg.querySelectorAll('.apexcharts-bar-area, .apexcharts-marker, .apexcharts-line, .apexcharts-scatter .apexcharts-series path');
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      const filled = style.fill !== 'none' && !/url\(/.test(style.fill) && Number(style.fillOpacity) > 0.5;
      const paint = parse(filled ? style.fill : style.stroke);
      if (!paint || paint.a === 0) continue;
      // as drawn: a bar at 85 % opacity is lighter than its colour
      const alpha = paint.a * Number(filled ? style.fillOpacity : style.strokeOpacity) * opacityOf(mark, svg);
      const colour = blend(paint, alpha, canvas);
      const ratio = contrast(colour, canvas);
      if (ratio < 3) {
        fail(`mark ${mark.getAttribute('class')} ${hex(colour)} on ${hex(canvas)}: ${ratio.toFixed(2)}:1 < 3:1`);
        break; // one per drawing is enough to say which colour
      }
    }
  }

  for (const { id, caption } of charts) {
    const chart = document.getElementById('chart-' + id);
    if (!chart) {
      failures.push(`${id}: no chart on the page`);
      continue;
    }
    for (const preset of presets) {
      for (const theme of themes) {
        const request = { format: 'svg', width: preset.width, height: preset.height, scale: 1, theme };
        const blob = await window.ccfactsExport.exportBlob(chart, request, caption);
        const parsed = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
        const svg = document.importNode(parsed.documentElement, true);
        root.replaceChildren(svg);
        // hit testing finds every painted shape under a point, whatever the drawing says about pointer events
        for (const e of svg.querySelectorAll('*')) e.style?.setProperty('pointer-events', 'visiblePainted', 'important');
        await document.fonts.ready;
        combinations++;
        const name = `${id}_${caption.language}_${preset.code}_${theme}`;
        check(svg, name.replaceAll('_', ' '), theme);
        // a few files for a look by eye: the SVG, and the PNG the same request gives
        if (keep.includes(`${preset.code}_${theme}`)) {
          kept[`${name}.svg`] = await blob.text();
          const png = await window.ccfactsExport.exportBlob(chart, { ...request, format: 'png' }, caption);
          kept[`${name}.png`] = await new Promise((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
            reader.readAsDataURL(png);
          });
        }
      }
    }
  }
  host.remove();
  return { combinations, failures, kept };
}
