/*
 * When and where <apex-chart> draws: charts on the page one after another, those in view first, and
 * fresh drawings off screen for exports.
 */
import ApexCharts from 'apexcharts';
import type { Json } from './formats';

/**
 * Charts are drawn one after another, each in its own task, those in view first (then in page order):
 * the chart a reader sees first is painted without waiting for the ones below it.
 */
interface DrawJob {
  element: HTMLElement;
  draw: () => Promise<unknown>;
  done: () => void;
  failed: (error: unknown) => void;
}
const drawJobs: DrawJob[] = [];
let drawing = false;

function inView(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
}

/** Runs `draw` for `element` in its turn; resolves when it has drawn. */
export function queueDraw(element: HTMLElement, draw: () => Promise<unknown>): Promise<void> {
  return new Promise((done, failed) => {
    drawJobs.push({ element, draw, done, failed });
    if (!drawing) {
      drawing = true;
      setTimeout(drawAll);
    }
  });
}

async function drawAll() {
  while (drawJobs.length) {
    drawJobs.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const job = drawJobs.find((j) => inView(j.element)) ?? drawJobs[0];
    drawJobs.splice(drawJobs.indexOf(job), 1);
    try {
      await job.draw();
      job.done();
    } catch (error) {
      job.failed(error);
    }
    // the browser paints this chart before the next is drawn: a task after the next animation frame
    // (or after 100 ms, as a hidden page gets no frames and must still draw, e.g. for the slide deck)
    await new Promise<void>((next) => {
      requestAnimationFrame(() => setTimeout(next));
      setTimeout(next, 100);
    });
  }
  drawing = false;
}

/** `base` with `extra` merged in, plain objects recursively (arrays and functions are replaced). */
export function mergeDeep(base: Json, extra: Json): Json {
  const plain = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
  const result: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    if (Array.isArray(current) && plain(value)) {
      result[key] = current.map((item) => (plain(item) ? mergeDeep(item, value) : item)); // e.g. several y axes
    } else {
      result[key] = plain(current) && plain(value) ? mergeDeep(current, value) : value;
    }
  }
  return result;
}

/**
 * `config` drawn afresh, off screen, at `width` × `height` CSS pixels with `overrides` merged in (or the
 * overrides made from it), as a standalone SVG document.
 */
export async function drawOffScreen(config: Json, width: number, height: number,
  overrides: Json | ((config: Json) => Json)): Promise<string> {
  if (typeof overrides === 'function') overrides = overrides(config);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px`;
  document.body.append(host);
  const merged = withRoomForValueLabels(mergeDeep(config, mergeDeep(overrides, { chart: { width, height, animations: { enabled: false } } })));
  const chart = new ApexCharts(host, merged);
  try {
    await chart.render();
    return (chart as any).getSvgString(1);
  } finally {
    chart.destroy();
    host.remove();
  }
}

const measureContext = document.createElement('canvas').getContext('2d');

/**
 * A bar chart whose value labels sit beyond the bars' ends, laid out for the size its labels are drawn at:
 * horizontal bars get room right of the longest bar for its label's measured width (in every language:
 * "41 млрд долл. США" is three times "US$41 bn"), and a column's label sits a line above its top instead
 * of a fixed offset that covers the column at a larger type. Other charts are returned as they are.
 */
export function withRoomForValueLabels(config: Json): Json {
  const labels = config.dataLabels;
  const bar = config.plotOptions?.bar;
  if (!labels?.enabled || config.chart?.type !== 'bar' || bar?.dataLabels?.position !== 'top' || !measureContext) return config;
  const fontSize = parseFloat(labels.style?.fontSize ?? '12') || 12;
  if (!bar.horizontal) {
    return { ...config, dataLabels: { ...labels, offsetY: -Math.round(fontSize * 1.2 + 6) },
      grid: { ...config.grid, padding: { ...config.grid?.padding, top: Math.max(config.grid?.padding?.top ?? 0, Math.round(fontSize * 1.4)) } } };
  }
  // without a family of its own ("inherit", a CSS variable: a canvas cannot read those and silently measures in
  // 10px sans-serif instead, which cut the largest label on /present), chart text is drawn in the page's
  const declared = labels.style?.fontFamily ?? config.chart?.fontFamily;
  const family = declared && declared !== 'inherit' && !String(declared).includes('var(')
    ? declared : getComputedStyle(document.body ?? document.documentElement).fontFamily;
  measureContext.font = `${labels.style?.fontWeight ?? 600} ${fontSize}px ${family}`;
  const format = typeof labels.formatter === 'function' ? labels.formatter : (v: unknown) => String(v ?? '');
  let widest = 0;
  (config.series ?? []).forEach((series: Json, seriesIndex: number) =>
    (series.data ?? []).forEach((point: any, dataPointIndex: number) => {
      const value = point !== null && typeof point === 'object' ? point.y : point;
      if (value == null) return;
      const text = format(value, { w: { config }, seriesIndex, dataPointIndex });
      widest = Math.max(widest, measureContext.measureText(Array.isArray(text) ? text.join(' ') : String(text)).width);
    }),
  );
  // a tenth more and a character's width of air: on screen the page font may still be loading when this is
  // measured, and a fallback font is narrower or wider
  const right = Math.ceil(widest * 1.1 + (labels.offsetX ?? 0) + fontSize);
  return { ...config, grid: { ...config.grid, padding: { ...config.grid?.padding, right: Math.max(config.grid?.padding?.right ?? 0, right) } } };
}

/**
 * Every text of a chart at `fontSize` CSS pixels: axis labels and titles, legend, value labels, annotation
 * labels. Exports and presentation mode draw the chart larger than a card does; ApexCharts measures its
 * labels from these sizes, so they are given as options, never as CSS afterwards.
 */
export function textSizes(fontSize: number, config: Json = {}): Json {
  const size = `${fontSize}px`;
  const labels = { style: { fontSize: size } };
  const sizes: Json = {
    xaxis: { labels, title: { style: { fontSize: size } } },
    yaxis: { labels, title: { style: { fontSize: size } } },
    legend: { fontSize: size, markers: { size: Math.round(fontSize * 0.4) } },
    dataLabels: { style: { fontSize: size } },
  };
  // annotations are lists: sized only where the chart has them (an object would replace a missing list)
  const annotations: Json = {};
  for (const kind of ['points', 'xaxis', 'yaxis']) {
    if (Array.isArray(config.annotations?.[kind])) annotations[kind] = { label: { style: { fontSize: size } } };
  }
  return Object.keys(annotations).length ? { ...sizes, annotations } : sizes;
}
