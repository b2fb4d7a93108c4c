/*
 * Self-citing chart exports, composed in the browser (loaded on the first export by chart-export.ts, for
 * org.ccfacts.export.ExportMenu and ExportAllButton). An exported image carries its title, subtitle, the notes that change what a number
 * means, the source, the chart's permalink and the export date, around a fresh drawing of the chart at
 * the export's size. The fonts it needs are embedded, only the subsets its text uses
 * (chart-export/fonts.ts); the caption is wrapped by measured width (chart-export/text-wrap.ts).
 *
 * Every text is set with textContent: the caption is data, never markup.
 */
import { FONT_STACK, fontFaceCss, fontFilesFor, registerInDocument } from './chart-export/fonts';
import { wrap } from './chart-export/text-wrap';
import { mergeDeep, textSizes } from './apex-chart/drawing';

type Json = Record<string, any>;

/** The text around the chart; built on the server (ExportCaption). */
interface Caption {
  chartId: string;
  language: string;
  direction: 'ltr' | 'rtl';
  title: string;
  subtitle: string;
  notes: string[];
  source: string;
  permalink: string;
  exportedOn: string;
  fileBase: string;
}

/** What to export (ExportRequest): width/height are the preset's CSS pixels at 1×. */
interface Request {
  format: 'png' | 'svg';
  width: number;
  height: number;
  scale: number;
  theme: 'light' | 'dark';
}

interface ChartElement extends HTMLElement {
  renderSvg(width: number, height: number, overrides?: Json | ((config: Json) => Json)): Promise<string>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const PALETTES = {
  light: { background: '#ffffff', text: '#1a1a1a', muted: '#4a4a4a', note: '#8a3b00', rule: '#d0d0d0', chart: '#373d3f', grid: '#e0e0e0' },
  dark: { background: '#121417', text: '#f2f2f2', muted: '#c8c8c8', note: '#ffc285', rule: '#3a3f47', chart: '#d9dde3', grid: '#3a3f47' },
};

function svgElement(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Removes anything active or external from the chart drawing before it is embedded. */
function sanitise(root: Element) {
  root.querySelectorAll('script, iframe, object, embed').forEach((e) => e.remove());
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      const reference = name === 'href' || name.endsWith(':href') || name === 'src';
      if (name.startsWith('on') || (reference && !value.startsWith('#') && !value.startsWith('data:image/'))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

async function waitUntilDrawn(chart: HTMLElement) {
  if (chart.hasAttribute('data-ready')) return;
  await new Promise<void>((resolve) => chart.addEventListener('chart-ready', () => resolve(), { once: true }));
}

/**
 * The chart's type size in an export of `height` pixels: `fontSize`, unless the chart has more horizontal bars than
 * rows of that size fit in (a dozen published figures on a 16:9 slide under a long caption: their names and values
 * ran into each other). The plot takes the height less about three lines (legend, axis labels, axis title); a bar's
 * row needs about 1.6 lines.
 */
export function fittedFontSize(fontSize: number, height: number, config: Json = {}): number {
  const horizontal = config?.plotOptions?.bar?.horizontal === true;
  const categories = Array.isArray(config?.xaxis?.categories) ? config.xaxis.categories.length : 0;
  const series: readonly Json[] = Array.isArray(config?.series) ? (config.series as readonly Json[]) : [];
  const points = Math.max(0, ...series.map((s) => (Array.isArray(s?.data) ? s.data.length : 0)));
  const rows = Math.max(categories, points);
  if (!horizontal || rows === 0) return fontSize;
  return Math.max(10, Math.min(fontSize, Math.floor(height / (1.6 * rows + 3))));
}

/** Chart option overrides for an export: our fonts and colours, larger type (the caption draws the title). */
function chartOverrides(theme: 'light' | 'dark', fontSize: number, width: number, config: Json = {}): Json {
  const palette = PALETTES[theme];
  const labels = { style: { fontSize: `${fontSize}px`, fontFamily: FONT_STACK } };
  return mergeDeep(textSizes(fontSize, config), {
    chart: { fontFamily: FONT_STACK, foreColor: palette.chart, background: 'transparent', toolbar: { show: false } },
    theme: { mode: theme },
    grid: { borderColor: palette.grid },
    // the x-axis labels a little lower: at slide sizes the first one ("1990") met the y-axis's "0" at the corner
    xaxis: { labels: { ...labels, offsetY: Math.round(fontSize * 0.25) }, title: { style: { fontSize: `${fontSize}px` } } },
    // category labels of horizontal bars ("Stock of … as of 2022-01, more than US$14 bn") and the timeline's
    // event rows get up to 40 % of the export's width instead of the card's, so a slide shows them whole
    yaxis: { labels: { ...labels, maxWidth: Math.round(width * 0.4) }, title: { style: { fontSize: `${fontSize}px` } } },
    legend: { fontSize: `${fontSize}px`, fontFamily: FONT_STACK },
    // value labels sit on the canvas, beside or above their bars and markers (apex-chart/drawing.ts makes the
    // room): written in the theme's text colour, without a box, so they read on either canvas
    dataLabels: { style: { fontSize: `${fontSize}px`, fontFamily: FONT_STACK, colors: [palette.text] }, background: { enabled: false } },
  });
}

/** The self-citing SVG document of a chart, `request.width` × `request.height` user units. */
async function compose(chart: ChartElement, request: Request, caption: Caption): Promise<SVGSVGElement> {
  await waitUntilDrawn(chart);
  const { width, height, theme } = request;
  const palette = PALETTES[theme];
  const unit = Math.min(width / 1920, height / 1080);
  const pad = Math.round(56 * unit);
  const titleSize = Math.round(48 * unit);
  const subtitleSize = Math.round(28 * unit);
  const footSize = Math.max(11, Math.round(21 * unit));
  const chartFont = Math.max(11, Math.round(20 * unit));
  const textWidth = width - 2 * pad;

  const footer = [
    ...caption.notes.map((text) => ({ text, color: palette.note })),
    { text: caption.source, color: palette.muted },
    { text: `${caption.permalink} · ${caption.exportedOn}`, color: palette.muted },
  ];
  const captionText = [caption.title, caption.subtitle, ...footer.map((f) => f.text)].join(' ');
  await registerInDocument(fontFilesFor(captionText + (chart.textContent ?? '')));

  const titleLines = wrap(caption.title, titleSize, 700, textWidth);
  const subtitleLines = wrap(caption.subtitle, subtitleSize, 400, textWidth);
  const footLines = footer.flatMap((f) => wrap(f.text, footSize, 400, textWidth).map((line) => ({ line, color: f.color })));

  const rtl = caption.direction === 'rtl';
  const x = rtl ? width - pad : pad;
  const anchor = 'start'; // with direction="rtl", "start" is the right edge

  const svg = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
  svg.setAttribute('lang', caption.language);
  svg.append(svgElement('title', {}, caption.title), svgElement('desc', {}, `${caption.subtitle} ${caption.source}`));
  const style = svgElement('style', {});
  svg.append(style);
  svg.append(svgElement('rect', { x: 0, y: 0, width, height, fill: palette.background }));

  const group = svgElement('g', { 'font-family': FONT_STACK, direction: caption.direction, 'text-anchor': anchor });
  svg.append(group);
  let y = pad;
  for (const line of titleLines) {
    y += titleSize;
    group.append(svgElement('text', { x, y, 'font-size': titleSize, 'font-weight': 700, fill: palette.text }, line));
    y += Math.round(titleSize * 0.2);
  }
  for (const line of subtitleLines) {
    y += Math.round(subtitleSize * 1.3);
    group.append(svgElement('text', { x, y, 'font-size': subtitleSize, fill: palette.muted }, line));
  }
  const chartTop = y + Math.round(subtitleSize * 0.8);
  const footLine = Math.round(footSize * 1.35);
  const footTop = height - pad - footLines.length * footLine;
  let fy = footTop;
  group.append(svgElement('line', { x1: pad, x2: width - pad, y1: footTop - Math.round(footSize * 0.6), y2: footTop - Math.round(footSize * 0.6), stroke: palette.rule, 'stroke-width': Math.max(1, unit * 2) }));
  for (const { line, color } of footLines) {
    fy += footLine;
    group.append(svgElement('text', { x, y: fy - Math.round(footSize * 0.3), 'font-size': footSize, fill: color }, line));
  }

  const chartHeight = footTop - Math.round(footSize * 1.2) - chartTop;
  if (chartHeight < 80 * unit) throw new Error('chart-export: the caption leaves no room for the chart');
  const drawing = await chart.renderSvg(textWidth, chartHeight,
    (config) => chartOverrides(theme, fittedFontSize(chartFont, chartHeight, config), textWidth, config));
  const parsed = new DOMParser().parseFromString(drawing, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('chart-export: the chart drawing is not well-formed SVG');
  const chartSvg = document.importNode(parsed.documentElement, true) as Element;
  sanitise(chartSvg);
  chartSvg.setAttribute('x', String(pad));
  chartSvg.setAttribute('y', String(chartTop));
  chartSvg.setAttribute('width', String(textWidth));
  chartSvg.setAttribute('height', String(chartHeight));
  svg.insertBefore(chartSvg, group);

  style.textContent = await fontFaceCss(fontFilesFor(captionText + (chartSvg.textContent ?? '')));
  return svg;
}

/** Draws an SVG document onto a canvas of exactly `pixelWidth` × `pixelHeight`. */
async function rasterise(svgText: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const image = new Image();
  image.width = pixelWidth;
  image.height = pixelHeight;
  // Wait for "load", not decode(): Chromium resolves decode() before the image has applied the fonts
  // embedded in the SVG, and a drawing made then has no regular-weight text at all (axis labels, legend,
  // the whole caption). "load" comes after them (ChartExportsIT checks the caption's ink).
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('chart-export: the browser could not read the composed SVG'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  canvas.height = pixelHeight;
  canvas.getContext('2d')!.drawImage(image, 0, 0, pixelWidth, pixelHeight);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('chart-export: the browser could not encode the PNG');
  return blob;
}

/** The export as a file: PNG of exactly (width × scale) × (height × scale) pixels, or the SVG. */
export async function exportBlob(chart: ChartElement, request: Request, caption: Caption): Promise<Blob> {
  const svg = await compose(chart, request, caption);
  if (request.format === 'svg') return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
  // the viewBox stays: a larger width/height makes the browser draw the vectors at full resolution
  const pixelWidth = request.width * request.scale;
  const pixelHeight = request.height * request.scale;
  svg.setAttribute('width', String(pixelWidth));
  svg.setAttribute('height', String(pixelHeight));
  return rasterise(new XMLSerializer().serializeToString(svg), pixelWidth, pixelHeight);
}

function save(blob: Blob, fileName: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Composes and downloads one export; resolves with the file name. */
export async function download(chart: ChartElement, requestJson: string, captionJson: string): Promise<string> {
  const request = JSON.parse(requestJson) as Request;
  const caption = JSON.parse(captionJson) as Caption;
  const blob = await exportBlob(chart, request, caption);
  const fileName = `${caption.fileBase}.${request.format}`;
  save(blob, fileName);
  return fileName;
}

/**
 * The charts of the export-all deck: each drawn at `width` × `height` CSS pixels without caption (the
 * slide carries the text), as PNG data URLs of exactly (width × scale) × (height × scale) pixels.
 */
export async function deckImages(container: HTMLElement, width: number, height: number, scale: number): Promise<string[]> {
  const charts = Array.from(container.querySelectorAll('apex-chart')) as ChartElement[];
  const images: string[] = [];
  for (const chart of charts) {
    await waitUntilDrawn(chart);
    await registerInDocument(fontFilesFor(chart.textContent ?? ''));
    const drawing = await chart.renderSvg(width, height, chartOverrides('light', 20, width));
    const parsed = new DOMParser().parseFromString(drawing, 'image/svg+xml');
    const root = parsed.documentElement;
    sanitise(root);
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    root.setAttribute('width', String(width * scale));
    root.setAttribute('height', String(height * scale));
    const style = parsed.createElementNS(SVG_NS, 'style');
    style.textContent = await fontFaceCss(fontFilesFor(root.textContent ?? ''));
    root.insertBefore(style, root.firstChild);
    const rect = parsed.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x: 0, y: 0, width, height, fill: '#ffffff' })) rect.setAttribute(k, String(v));
    root.insertBefore(rect, style.nextSibling);
    const blob = await rasterise(new XMLSerializer().serializeToString(parsed), width * scale, height * scale);
    images.push(await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    }));
  }
  return images;
}

