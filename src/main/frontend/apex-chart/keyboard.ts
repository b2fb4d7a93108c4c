/*
 * The keyboard and sound mode of <apex-chart>: one tab stop per chart; ← → move between the figures of a
 * series, ↑ ↓ between series, Home/End to the first and last figure; each step is announced in the page's
 * language through a live region (period, value with its qualifier, series, position, sources) and the
 * point is ringed on the chart. P plays the series as sound (pitch for value, sonify.ts); after that every
 * step sounds its own tone; Escape stops the sound.
 *
 * The words come from the server (org.ccfacts.a11y.ChartReading, the element's `reading` property): sentence
 * patterns in the page's language and each point's sources. Period and value are written by the chart's own
 * formatters, so an announcement says exactly what the tooltip says.
 *
 * Arabic: the chart is drawn left to right in every language (the time axis, as Arabic press charts do), so
 * → always moves to the figure drawn to the right (later in time) and ← to the left: the keys follow the
 * drawing the reader sees, not the direction of the text around it.
 */
import type ApexCharts from 'apexcharts';
import type { Json } from './formats';
import { Player, render, tonesOf } from './sonify';

/** org.ccfacts.a11y.ChartReading as the server sends it. */
export interface Reading {
  language: string;
  direction: string;
  texts: Record<string, string>;
  sources: string[][];
}

const fill = (pattern: string, ...values: unknown[]) =>
  pattern.replace(/\{(\d+)\}/g, (_, n) => String(values[Number(n)] ?? ''));
/** Formatter output is escaped for ApexCharts' HTML (formats.ts); the live region takes text. */
const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

let chartCount = 0;

/**
 * Each chart element's keyboard, for the two page-wide listeners below (one each, whatever the number of
 * charts: an element left behind by a navigation is not kept alive by a listener).
 */
const keyboards = new WeakMap<HTMLElement, ChartKeyboard>();

// the Play button the server puts next to a chart names it: data-plays="<the chart's id>"
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-plays]') as HTMLElement | null;
  const chart = button && document.getElementById(button.getAttribute('data-plays') ?? '');
  if (chart) keyboards.get(chart)?.togglePlay(button);
});

// the ring follows its point when the chart is drawn at another size
window.addEventListener('resize', () => {
  const chart = (document.activeElement as Element | null)?.closest?.('apex-chart') as HTMLElement | null;
  if (chart) keyboards.get(chart)?.highlight();
});

export class ChartKeyboard {
  private readonly live = document.createElement('div');
  private readonly hint = document.createElement('div');
  private readonly ring = document.createElement('div');
  private readonly player = new Player();
  private chart?: ApexCharts;
  private config?: Json;
  private series = -1;
  private index = -1;
  private sound = false;

  constructor(private readonly host: HTMLElement) {
    const id = `cc-chart-hint-${++chartCount}`;
    this.hint.id = id;
    this.hint.className = 'cc-visually-hidden';
    this.live.className = 'cc-visually-hidden cc-chart-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.ring.className = 'cc-point-focus';
    this.ring.setAttribute('aria-hidden', 'true');
    this.ring.hidden = true;
    host.addEventListener('keydown', (event) => this.onKey(event));
    host.addEventListener('focusout', () => (this.ring.hidden = true));
    host.addEventListener('focusin', () => this.highlight());
    keyboards.set(host, this);
  }

  /** The elements it adds to the chart's element (next to ApexCharts' own drawing). */
  parts(): HTMLElement[] {
    return [this.hint, this.live, this.ring];
  }

  /** Called once the chart has drawn (again). */
  attach(chart: ApexCharts, config: Json, drawing: HTMLElement) {
    this.chart = chart;
    this.config = config;
    // the drawing's own texts are read through the summary and the announcements, not one SVG text at a time
    drawing.setAttribute('aria-hidden', 'true');
    const reading = this.reading();
    if (!reading) return;
    this.hint.textContent = reading.texts.hint;
    this.hint.lang = this.live.lang = reading.language;
    this.hint.dir = this.live.dir = reading.direction;
    const described = (this.host.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((s) => s && s !== this.hint.id);
    this.host.setAttribute('aria-describedby', [...described, this.hint.id].join(' '));
    if (this.series >= 0 && !this.valid(this.series).includes(this.index)) this.series = this.index = -1;
    this.highlight();
  }

  /** The series `series` as sound, rendered off line: what Play plays, for a test to listen to. */
  async sonification(series = 0) {
    const values = this.values(series);
    const samples = await render(tonesOf(values));
    return { values, samples, sampleRate: 22050 };
  }

  private reading(): Reading | undefined {
    return (this.host as unknown as { reading?: Reading }).reading;
  }

  private data(series: number): any[] {
    return this.config?.series?.[series]?.data ?? [];
  }

  /** The indices of a series' points that are figures (a null is a gap in the line, not a point). */
  private valid(series: number): number[] {
    return this.data(series).flatMap((point, i) => (yOf(point) == null ? [] : [i]));
  }

  /** What a series sounds like: its values, or, where the y axis is only a position (the timeline), its dates. */
  private values(series: number): (number | null)[] {
    const positional = this.config?.yaxis?.labels?.show === false;
    return this.data(series).map((point) => {
      const y = yOf(point);
      if (y == null) return null;
      const v = positional ? xOf(point) : Array.isArray(y) ? y[1] : y;
      return typeof v === 'number' ? v : Number(v);
    });
  }

  private onKey(event: KeyboardEvent) {
    if (!this.reading() || !this.config || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.config.series?.length ?? 0;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowRight':
          return this.step(+1);
        case 'ArrowLeft':
          return this.step(-1);
        case 'Home':
          return this.end(false);
        case 'End':
          return this.end(true);
        case 'ArrowDown':
          return count > 0 && this.switchSeries(+1);
        case 'ArrowUp':
          return count > 0 && this.switchSeries(-1);
        case 'p':
        case 'P':
          this.togglePlay();
          return true;
        case 'Escape':
          if (!this.sound && !this.player.playing) return false;
          this.stopSound();
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      event.stopPropagation(); // page-wide shortcuts (Vaadin's listen on the body): on a focused chart the keys read the data
    }
  }

  private firstSeries(): number {
    const count = this.config?.series?.length ?? 0;
    for (let s = 0; s < count; s++) if (this.valid(s).length) return s;
    return -1;
  }

  private step(direction: number): boolean {
    if (this.series < 0) return this.end(direction < 0);
    const valid = this.valid(this.series);
    const at = valid.indexOf(this.index) + direction;
    if (at < 0 || at >= valid.length) {
      this.announce(this.reading()!.texts[direction < 0 ? 'first' : 'last']);
      return true;
    }
    this.moveTo(this.series, valid[at]);
    return true;
  }

  private end(last: boolean): boolean {
    const series = this.series >= 0 ? this.series : this.firstSeries();
    if (series < 0) return false;
    const valid = this.valid(series);
    this.moveTo(series, valid[last ? valid.length - 1 : 0]);
    return true;
  }

  /** To the next series that has figures, at the point nearest the current one (same x, else nearest). */
  private switchSeries(direction: number): boolean {
    if (this.series < 0) return this.end(false);
    const count = this.config!.series.length;
    for (let s = this.series + direction; s >= 0 && s < count; s += direction) {
      const valid = this.valid(s);
      if (!valid.length) continue;
      const here = xOf(this.data(this.series)[this.index]);
      const distance = (i: number) => {
        const x = xOf(this.data(s)[i]);
        return typeof here === 'number' && typeof x === 'number' ? Math.abs(x - here) : x === here ? 0 : Math.abs(i - this.index) + 0.5;
      };
      this.moveTo(s, valid.reduce((best, i) => (distance(i) < distance(best) ? i : best)));
      return true;
    }
    this.announce(this.reading()!.texts['one-series']);
    return true;
  }

  private moveTo(series: number, index: number) {
    this.series = series;
    this.index = index;
    this.host.setAttribute('data-focused-point', `${series}:${index}`);
    this.announce(this.describe(series, index));
    this.highlight();
    if (this.sound) {
      const tones = tonesOf(this.values(series));
      void this.player.play([tones[index]]);
    }
  }

  /** "2024: US$94.8 bn. China–Central Asia trade, figure 30 of 31. Source: …" in the page's language. */
  private describe(series: number, index: number): string {
    const reading = this.reading()!;
    const config = this.config!;
    const point = this.data(series)[index];
    const x = xOf(point);
    const context = { w: (this.chart as any)?.w, seriesIndex: series, dataPointIndex: index };
    const formatX = config.tooltip?.x?.formatter ?? config.xaxis?.labels?.formatter;
    // a point's label is what is drawn beside it: a period on the timeline, a value ("≈ US$43.48 bn") on the
    // trade line, empty on most points; the period is the label only where the x axis cannot say it
    const period =
      typeof x === 'string' ? x
        : typeof x === 'number' && formatX && !point?.label ? unescape(String(formatX(x, context)))
        : typeof point?.label === 'string' && point.label ? point.label
        : unescape(String(formatX ? formatX(x, context) : x));
    const formatY = config.tooltip?.y?.formatter;
    const y = yOf(point);
    let value = unescape(String(formatY ? formatY(y, context) : y));
    if (typeof point?.detail === 'string' && point.detail && !value.includes(point.detail)) value += ` — ${point.detail}`;
    const valid = this.valid(series);
    const sources = reading.sources?.[series]?.[index] ?? '';
    return fill(reading.texts[sources ? 'point' : 'point-unsourced'], config.series[series].name, period, value, sources,
      valid.indexOf(index) + 1, valid.length);
  }

  private announce(text: string) {
    // the same sentence twice (a boundary reached twice) must still be spoken: clear, then set
    this.live.textContent = '';
    requestAnimationFrame(() => (this.live.textContent = text));
  }

  /** Rings the focused point: the bounding box of its marker or bar, on top of the drawing. */
  highlight() {
    if (this.series < 0 || !this.host.matches(':focus-within')) {
      this.ring.hidden = true;
      return;
    }
    const selector = `[index="${this.series}"][j="${this.index}"]`;
    const drawn = this.host.querySelector<SVGGraphicsElement>(`.apexcharts-marker${selector}, .apexcharts-bar-area${selector}`);
    const box = drawn?.getBoundingClientRect();
    if (!box) {
      this.ring.hidden = true;
      return;
    }
    const origin = this.host.getBoundingClientRect();
    const pad = 5;
    Object.assign(this.ring.style, {
      left: `${box.left - origin.left - pad}px`,
      top: `${box.top - origin.top - pad}px`,
      width: `${box.width + 2 * pad}px`,
      height: `${box.height + 2 * pad}px`,
    });
    this.ring.hidden = false;
  }

  togglePlay(button?: HTMLElement) {
    const reading = this.reading();
    if (!reading || !this.config) return;
    if (this.player.playing) {
      this.stopSound();
      return;
    }
    const series = this.series >= 0 ? this.series : this.firstSeries();
    if (series < 0) return;
    this.sound = true;
    const buttons = this.buttons(button);
    buttons.forEach((b) => (b.textContent = reading.texts.stop));
    this.announce(fill(reading.texts.playing, this.config.series[series].name));
    void this.player.play(tonesOf(this.values(series))).then(() => {
      if (!this.player.playing) buttons.forEach((b) => (b.textContent = reading.texts.play));
    });
  }

  private stopSound() {
    const reading = this.reading();
    this.player.stop();
    this.sound = false;
    if (reading) {
      this.buttons().forEach((b) => (b.textContent = reading.texts.play));
      this.announce(reading.texts.stopped);
    }
  }

  private buttons(extra?: HTMLElement): HTMLElement[] {
    const all = this.host.id ? [...document.querySelectorAll<HTMLElement>(`[data-plays="${this.host.id}"]`)] : [];
    return extra && !all.includes(extra) ? [...all, extra] : all;
  }
}

function xOf(point: any): unknown {
  return point !== null && typeof point === 'object' && !Array.isArray(point) ? point.x : undefined;
}

function yOf(point: any): any {
  if (point == null) return null;
  if (typeof point === 'object' && !Array.isArray(point)) return point.y ?? null;
  return Array.isArray(point) ? point[1] ?? null : point;
}
