/*
 * How <apex-chart> writes figures and texts: the named formatter presets a configuration refers to, in
 * the four languages, and the escaping of every text ApexCharts puts into HTML.
 *
 * No eval: a "formatter" in the JSON is the name of a preset below. Every text that ApexCharts puts
 * into HTML (legend, tooltip) is escaped here, so data text can never become markup.
 */
import ar from 'apexcharts/dist/locales/ar.json';
import en from 'apexcharts/dist/locales/en.json';
import ru from 'apexcharts/dist/locales/ru.json';
import zhCn from 'apexcharts/dist/locales/zh-cn.json';

export type Json = Record<string, any>;
/** A preset: a text, or lines of text where ApexCharts draws several (an axis label). */
export type Formatter = (value: any, context?: any, w?: any) => string | string[];

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
export const LANGUAGES: Record<string, { intl: string; apex: string; usd: (n: string) => string; cny: (n: string) => string;
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
export function languageOf(locale: string) {
  return LANGUAGES[locale.toLowerCase().split(/[-_]/)[0]] ?? LANGUAGES.en;
}

/** value × 10^places without binary noise: 0.46 → 4.6, never 4.6000000000000005. */
function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Number((value * 10 ** places).toFixed(Math.max(0, decimals - places)));
}

export function presets(locale: string): Record<string, Formatter> {
  const language = languageOf(locale);
  // Never round what was published: up to 3 decimals shown as given, no padding zeros.
  const number = new Intl.NumberFormat(language.intl, { maximumFractionDigits: 3 });
  const qualified = (text: string, point?: Json) =>
    point?.qualifier === 'lower-bound' ? language.lower(text) : point?.qualifier === 'approximate' ? language.approx(text) : text;
  const money = (value: any, context?: any) => {
    if (value == null) return '';
    const point = pointOf(context);
    // a figure published in another scale than the axis (US$460 mn on a billions axis): its own words
    if (point?.asPublished) return String(point.asPublished);
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
    mark: (_value: any, context?: any) => {
      const qualifier = pointOf(context)?.qualifier;
      // the symbols in every language: a word ("около", "أكثر من") beside a dot collides with its neighbours;
      // the drawing runs left to right, so ">" is never mirrored here
      return qualifier === 'lower-bound' ? '>' : qualifier === 'approximate' ? '≈' : '';
    },
    detail: (_value: any, context?: any) => String(pointOf(context)?.detail ?? ''),
    // "title — place" of the row's event, in lines of ROW_COLUMNS columns
    row: (value: any, second?: any, third?: any) => rowLines(value, second, third, (text) => wrapColumns(text, ROW_COLUMNS)),
    // on a slide (presentation mode, 24 px type): lines as wide as the axis's room for labels, measured in the
    // labels' own font, so an event's title and place take as few lines as its row holds and none is cut with "…"
    rowFit: (value: any, second?: any, third?: any) => rowLines(value, second, third, (text, w) => {
      const labels = w?.config?.yaxis?.[0]?.labels ?? {};
      return wrapToWidth(text, Number(labels.maxWidth) || 160, labels.style ?? {}, w?.config?.chart?.fontFamily);
    }),
  };
}

/**
 * A row label: "title — place" of the event drawn on the row, in lines. ApexCharts draws an axis label with
 * (value, index, w), and sizes the axis with (value, { w }): drawn, the row is its lines; sized, its widest
 * line (a list of lines would be measured as one string).
 */
function rowLines(value: any, second: any, third: any, wrap: (text: string, w: any) => string[]): string | string[] {
  const w = third ?? second?.w;
  const points = (w?.config?.series ?? []).flatMap((s: Json) => s.data ?? []).filter((p: any) => p && typeof p === 'object');
  const linesOf = (point: Json | undefined): string[] =>
    point?.detail ? wrap(String(point.detail).split(' · ').slice(1).join(' — '), w) : [];
  if (typeof second === 'object') {
    // sizing: ApexCharts picks the tick whose label has the most characters and measures that one, so
    // every tick answers with the widest line of all rows
    return widestLine(points.flatMap(linesOf), w.config.yaxis?.[0]?.labels?.style ?? {}, w.config.chart?.fontFamily);
  }
  const row = Math.round(Number(value));
  const lines = linesOf(points.find((p: any) => Math.round(Number(p.y)) === row));
  return lines.length ? lines : '';
}

/**
 * `text` in lines no wider than `maxWidth` CSS pixels drawn in `style` (less a twentieth: ApexCharts cuts a
 * label with "…" at its own measure, which may differ by a pixel or two), broken where wrapColumns breaks.
 */
function wrapToWidth(text: string, maxWidth: number, style: Json, fontFamily?: string): string[] {
  const context = measureContext;
  if (!context) return wrapColumns(text, ROW_COLUMNS);
  // a family a canvas cannot read ("inherit", a CSS variable) would leave it measuring in 10px sans-serif, where
  // every line fits: chart text without a family of its own is drawn in the page's
  const declared = style.fontFamily ?? fontFamily;
  const family = declared && declared !== 'inherit' && !String(declared).includes('var(')
    ? declared : getComputedStyle(document.body ?? document.documentElement).fontFamily;
  context.font = `${style.fontWeight ?? 400} ${style.fontSize ?? '11px'} ${family}`;
  const room = maxWidth * 0.95;
  return wrapTokens(text, (line) => context.measureText(line.trim()).width > room);
}

/** A row label's line length in columns: "title — place" in one line, two for the longest (Russian). */
const ROW_COLUMNS = 56;

const measureContext = document.createElement('canvas').getContext('2d');

/** The line of `lines` that is widest when drawn in `style` (character counts mislead: "Ш" is wider than "i"). */
function widestLine(lines: string[], style: Json, fontFamily?: string): string {
  if (!measureContext) return lines.reduce((a, b) => (b.length > a.length ? b : a), '');
  // without a family of its own, chart text is drawn in the page's (the theme's font stack)
  const family = style.fontFamily ?? fontFamily ?? getComputedStyle(document.documentElement).fontFamily;
  measureContext.font = `${style.fontWeight ?? 400} ${style.fontSize ?? '11px'} ${family}`;
  const width = (line: string) => measureContext.measureText(line).width;
  return lines.reduce((a, b) => (width(b) > width(a) ? b : a), '');
}

/**
 * `text` in lines of at most `columns` columns, a CJK character counting two (it is about twice as wide):
 * between words where there are spaces, between characters where there are none (Chinese).
 */
export function wrapColumns(text: string, columns: number): string[] {
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(c) ? 2 : 1), 0);
  return wrapTokens(text, (line) => width(line) > columns);
}

/** `text` in lines, a line broken before the token that would make it `tooLong`, as wrapColumns describes. */
function wrapTokens(text: string, tooLong: (line: string) => boolean): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.trim() && tooLong(line + token) && !/^\s+$/.test(token)) {
      lines.push(line.trim());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** ApexCharts' own texts (toolbar, menu, month names) in our four languages. */
export const APEX_LOCALES = [en, ar, ru, zhCn];

/** Replaces every "formatter": "<preset>" with the preset function, recursively. */
export function resolveFormatters(node: any, table: Record<string, Formatter>): any {
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
export function escapeHtmlContexts(config: Json): Json {
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
