/*
 * <apex-chart>: the one browser-side piece of the chart component (org.ccfacts.chart.ApexChart).
 * The server pushes the whole ApexCharts configuration as JSON once per round trip; this element
 * creates the chart when attached, updates it, and destroys it when detached.
 *
 * No eval: a "formatter" in the JSON is the name of a preset below. Every text that ApexCharts puts
 * into HTML (legend, tooltip) is escaped here, so data text can never become markup.
 */
import ApexCharts from 'apexcharts';

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

function presets(locale: string): Record<string, Formatter> {
  // Never round what was published: up to 3 decimals shown as given, no padding zeros.
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const qualified = (text: string, point?: Json) =>
    point?.qualifier === 'lower-bound' ? `> ${text}` : point?.qualifier === 'approximate' ? `≈ ${text}` : text;
  const money = (value: any, context?: any) => {
    if (value == null) return '';
    const point = pointOf(context);
    const amount = Array.isArray(value) ? value[0] : value;
    const currency = point?.currency === 'CNY' ? 'CN¥' : 'US$';
    return qualified(`${currency}${number.format(amount)} bn`, point);
  };
  return {
    money,
    percent: (value: any) => (value == null ? '' : `${number.format(value)} %`),
    year: (value: any) => (value == null ? '' : String(Math.round(Number(value)))),
    number: (value: any) => (value == null ? '' : number.format(value)),
    date: (value: any) =>
      value == null ? '' : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(value)),
    text: (value: any) => (value == null ? '' : String(value)),
    // the point's own texts (a timeline event's year; its title and place); escaped where they reach HTML
    label: (_value: any, context?: any) => String(pointOf(context)?.label ?? ''),
    detail: (_value: any, context?: any) => String(pointOf(context)?.detail ?? ''),
  };
}

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

export class ApexChartElement extends HTMLElement {
  private chart?: ApexCharts;
  private config?: Json;
  private rendered: Promise<void> = Promise.resolve();

  /** Called by the server with the whole configuration, at most once per round trip. */
  setConfig(json: string, locale = 'en') {
    const table = presets(locale);
    this.config = escapeHtmlContexts(resolveFormatters(JSON.parse(json), table));
    if (this.chart) {
      this.rendered = this.chart.updateOptions(this.config, true, false).then(() => this.markReady());
    } else if (this.isConnected) {
      this.create();
    }
  }

  connectedCallback() {
    if (this.config && !this.chart) this.create();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
    this.removeAttribute('data-ready');
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

  private create() {
    const host = document.createElement('div');
    this.replaceChildren(host);
    this.removeAttribute('data-ready');
    this.chart = new ApexCharts(host, this.config);
    this.rendered = this.chart.render().then(() => this.markReady());
  }

  private markReady() {
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('chart-ready'));
  }
}

customElements.define('apex-chart', ApexChartElement);
