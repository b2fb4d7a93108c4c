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
function mergeDeep(base: Json, extra: Json): Json {
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
 * `config` drawn afresh, off screen, at `width` × `height` CSS pixels with `overrides` merged in, as a
 * standalone SVG document.
 */
export async function drawOffScreen(config: Json, width: number, height: number, overrides: Json): Promise<string> {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px`;
  document.body.append(host);
  const merged = mergeDeep(config, mergeDeep(overrides, { chart: { width, height, animations: { enabled: false } } }));
  const chart = new ApexCharts(host, merged);
  try {
    await chart.render();
    return (chart as any).getSvgString(1);
  } finally {
    chart.destroy();
    host.remove();
  }
}
