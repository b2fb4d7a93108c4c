/*
 * <apex-chart>: the one browser-side piece of the chart component (org.ccfacts.chart.ApexChart).
 * The server pushes the whole ApexCharts configuration as JSON once per round trip; this element
 * creates the chart when attached, updates it, and destroys it when detached.
 *
 * No eval: a "formatter" in the JSON is the name of a preset below. Every text that ApexCharts puts
 * into HTML (legend, tooltip) is escaped here, so data text can never become markup.
 */
import ApexCharts from 'apexcharts';
import ar from 'apexcharts/dist/locales/ar.json';
import en from 'apexcharts/dist/locales/en.json';
import ru from 'apexcharts/dist/locales/ru.json';
import zhCn from 'apexcharts/dist/locales/zh-cn.json';

type Json = Record<string, any>;
type Formatter = (value: any, context?: any) => string;

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The data point a formatter is called for, with the fields the server adds (qualifier, currency). */
function pointOf(context: any): Json | undefined {
  const w = context?.w;
  if (!w || context.seriesIndex == null || context.dataPointIndex == null) return undefined;
  const point = w.config.series?.[context.seriesIndex]?.data?.[context.dataPointIndex];
  return typeof point === 'object' && point !== null ? point : undefined;
}

/**
 * The four languages' ways of writing a figure. Must stay identical to org.ccfacts.format.FigureFormat
 * (a browser test compares a tooltip with it): Arabic with Western digits (as the source article),
 * Chinese in 亿 (an exact one-place decimal shift of billions), Russian with a decimal comma, and the
 * qualifier as a word outside English (in right-to-left text ">" would be mirrored).
 */
const LANGUAGES: Record<string, { intl: string; apex: string; usd: (n: string) => string; cny: (n: string) => string;
  shift: number; percent: (n: string) => string; lower: (t: string) => string; approx: (t: string) => string;
  fonts: string }> = {
  en: { intl: 'en', apex: 'en', fonts: "'Noto Sans'", usd: (n) => `US$${n} bn`, cny: (n) => `CN¥${n} bn`, shift: 0,
    percent: (n) => `${n} %`, lower: (t) => `> ${t}`, approx: (t) => `≈ ${t}` },
  ar: { intl: 'ar-u-nu-latn', apex: 'ar', fonts: "'Noto Sans', 'Noto Sans Arabic'", usd: (n) => `${n} مليار دولار`, cny: (n) => `${n} مليار يوان`, shift: 0,
    percent: (n) => `${n}%`, lower: (t) => `أكثر من ${t}`, approx: (t) => `نحو ${t}` },
  zh: { intl: 'zh-CN', apex: 'zh-cn', fonts: "'Noto Sans', 'Noto Sans SC'", usd: (n) => `${n}亿美元`, cny: (n) => `${n}亿元`, shift: 1,
    percent: (n) => `${n}%`, lower: (t) => `超过${t}`, approx: (t) => `约${t}` },
  ru: { intl: 'ru', apex: 'ru', fonts: "'Noto Sans'", usd: (n) => `${n}\u00A0млрд долл. США`, cny: (n) => `${n}\u00A0млрд юаней`, shift: 0,
    percent: (n) => `${n}\u00A0%`, lower: (t) => `более ${t}`, approx: (t) => `около ${t}` },
};

/** Our language for any tag the server sends ("ar-u-nu-latn", "zh-CN", "ru-RU"), English otherwise. */
function languageOf(locale: string) {
  return LANGUAGES[locale.toLowerCase().split(/[-_]/)[0]] ?? LANGUAGES.en;
}

/** value × 10^places without binary noise: 0.46 → 4.6, never 4.6000000000000005. */
function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Number((value * 10 ** places).toFixed(Math.max(0, decimals - places)));
}

function presets(locale: string): Record<string, Formatter> {
  const language = languageOf(locale);
  // Never round what was published: up to 3 decimals shown as given, no padding zeros.
  const number = new Intl.NumberFormat(language.intl, { maximumFractionDigits: 3 });
  const qualified = (text: string, point?: Json) =>
    point?.qualifier === 'lower-bound' ? language.lower(text) : point?.qualifier === 'approximate' ? language.approx(text) : text;
  const money = (value: any, context?: any) => {
    if (value == null) return '';
    const point = pointOf(context);
    const amount = Number(Array.isArray(value) ? value[0] : value);
    const text = number.format(shiftDecimal(amount, language.shift));
    return qualified(point?.currency === 'CNY' ? language.cny(text) : language.usd(text), point);
  };
  return {
    money,
    percent: (value: any, context?: any) => (value == null ? '' : qualified(language.percent(number.format(value)), pointOf(context))),
    year: (value: any) => (value == null ? '' : String(Math.round(Number(value)))),
    number: (value: any) => (value == null ? '' : number.format(value)),
    billions: (value: any) => (value == null ? '' : number.format(shiftDecimal(Number(value), language.shift))),
    date: (value: any) =>
      value == null ? '' : new Intl.DateTimeFormat(language.intl, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(value)),
    text: (value: any) => (value == null ? '' : String(value)),
    // the point's own texts (a timeline event's year; its title and place); escaped where they reach HTML
    label: (_value: any, context?: any) => String(pointOf(context)?.label ?? ''),
    detail: (_value: any, context?: any) => String(pointOf(context)?.detail ?? ''),
  };
}

/** ApexCharts' own texts (toolbar, menu, month names) in our four languages. */
const APEX_LOCALES = [en, ar, ru, zhCn];

/** Replaces every "formatter": "<preset>" with the preset function, recursively. */
function resolveFormatters(node: any, table: Record<string, Formatter>): any {
  if (Array.isArray(node)) return node.map((item) => resolveFormatters(item, table));
  if (node === null || typeof node !== 'object') return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'formatter' && typeof value === 'string') {
      const preset = table[value];
      if (!preset) throw new Error(`apex-chart: unknown formatter preset '${value}'`);
      result[key] = preset;
    } else {
      result[key] = resolveFormatters(value, table);
    }
  }
  return result;
}

/** Makes every HTML context of ApexCharts (legend, tooltip) show data text as text. */
function escapeHtmlContexts(config: Json): Json {
  const tooltip = config.tooltip ?? {};
  const y = tooltip.y ?? {};
  const yFormat: Formatter = y.formatter ?? ((v) => String(v ?? ''));
  const xFormat: Formatter | undefined = tooltip.x?.formatter;
  return {
    ...config,
    legend: { ...config.legend, formatter: (name: string) => escapeHtml(name) },
    tooltip: {
      ...tooltip,
      x: { ...tooltip.x, formatter: (v: any, ctx: any) => escapeHtml(xFormat ? xFormat(v, ctx) : v) },
      y: { ...y, formatter: (v: any, ctx: any) => escapeHtml(yFormat(v, ctx)), title: { formatter: (name: string) => escapeHtml(name) } },
    },
  };
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

function queueDraw(element: HTMLElement, draw: () => Promise<unknown>): Promise<void> {
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

export class ApexChartElement extends HTMLElement {
  private chart?: ApexCharts;
  private config?: Json;
  /** Every character the chart can write: its configuration and the language's number words. */
  private text = '';
  /** The families of the theme's font stack that write this language (Latin and Cyrillic: Noto Sans). */
  private fonts = "'Noto Sans'";
  private rendered: Promise<void> = Promise.resolve();

  /** Called by the server with the whole configuration, at most once per round trip. */
  setConfig(json: string, locale = 'en') {
    const table = presets(locale);
    const config = escapeHtmlContexts(resolveFormatters(JSON.parse(json), table));
    const words = languageOf(locale);
    this.text = [json, words.usd('0'), words.cny('0'), words.percent('0'), words.lower(''), words.approx('')].join(' ');
    this.fonts = words.fonts;
    config.chart = { ...config.chart, locales: APEX_LOCALES, defaultLocale: languageOf(locale).apex };
    if (languageOf(locale) === LANGUAGES.ar) {
      // the time axis keeps running left to right (theme CSS); Arabic titles start at the right
      if (config.title) config.title = { ...config.title, align: 'right' };
      if (config.subtitle) config.subtitle = { ...config.subtitle, align: 'right' };
    }
    this.config = config;
    if (this.chart && this.hasAttribute('data-ready')) {
      this.rendered = this.chart.updateOptions(this.config, true, false).then(() => this.markReady());
    } else if (this.isConnected) {
      this.create();
    }
  }

  connectedCallback() {
    if (this.config && !this.chart) this.create();
  }

  disconnectedCallback() {
    // A move is a disconnect and a connect in one task (Vaadin's router moves the whole view into its
    // outlet right after the first render): the chart survives it. Only a chart that stays detached goes.
    queueMicrotask(() => {
      if (!this.isConnected) {
        this.chart?.destroy();
        this.chart = undefined;
        this.removeAttribute('data-ready');
      }
    });
  }

  /** The chart as a PNG data URL, at `scale` times its size on screen. */
  async toPng(scale: number): Promise<string> {
    await this.rendered;
    const result = (await this.chart!.dataURI({ scale })) as { imgURI: string };
    return result.imgURI;
  }

  /** The chart as a standalone SVG document. */
  async toSvg(): Promise<string> {
    await this.rendered;
    return (this.chart as any).getSvgString(1);
  }

  /**
   * The chart drawn afresh, off screen, at `width` × `height` CSS pixels with `overrides` merged into its
   * configuration (exports: fonts, colours, no title), as a standalone SVG document. The chart on screen
   * is not touched.
   */
  async renderSvg(width: number, height: number, overrides: Json = {}): Promise<string> {
    await this.rendered;
    if (!this.config) throw new Error('apex-chart: no configuration yet');
    const host = document.createElement('div');
    host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px`;
    document.body.append(host);
    const config = mergeDeep(this.config, mergeDeep(overrides, { chart: { width, height, animations: { enabled: false } } }));
    const chart = new ApexCharts(host, config);
    try {
      await chart.render();
      return (chart as any).getSvgString(1);
    } finally {
      chart.destroy();
      host.remove();
    }
  }

  private create() {
    const host = document.createElement('div');
    this.replaceChildren(host);
    this.removeAttribute('data-ready');
    const chart = new ApexCharts(host, this.config);
    this.chart = chart;
    // a chart replaced or removed before its turn is not drawn
    this.rendered = queueDraw(this, async () => {
      if (this.chart !== chart) return;
      await this.fontsLoaded();
      if (this.chart === chart) await chart.render();
    }).then(() => {
      if (this.chart === chart) this.markReady();
    });
  }

  /**
   * The page-font faces this chart's text needs (its labels inherit the page's font stack, see the theme).
   * ApexCharts measures its labels once: it must not draw with a fallback font that is swapped afterwards
   * (that clipped the Chinese record label). Only the families of the chart's language are asked for:
   * document.fonts.load() loads every listed family's faces that cover the text, and the Arabic and
   * Chinese families also cover Latin letters.
   */
  private fontsLoaded(): Promise<unknown> {
    return Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 12px ${this.fonts}`, this.text))).catch(
      () => undefined, // a font that cannot load leaves the fallback; the chart is still drawn
    );
  }

  private markReady() {
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('chart-ready'));
  }
}

customElements.define('apex-chart', ApexChartElement);
