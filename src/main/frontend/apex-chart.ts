/*
 * <apex-chart>: the one browser-side piece of the chart component (org.ccfacts.chart.ApexChart).
 * The server pushes the whole ApexCharts configuration as JSON once per round trip; this element
 * creates the chart when attached, updates it, and destroys it when detached. How figures are written
 * (the formatter presets, no eval, escaped HTML) is in apex-chart/formats.ts; when charts are drawn, and
 * drawings for exports, in apex-chart/drawing.ts.
 */
import ApexCharts from 'apexcharts';
import { drawOffScreen, mergeDeep, queueDraw, withRoomForValueLabels } from './apex-chart/drawing';
import { ChartKeyboard } from './apex-chart/keyboard';
import { calm } from './apex-chart/motion';
import { APEX_LOCALES, escapeHtmlContexts, type Json, LANGUAGES, languageOf, presets, resolveFormatters } from './apex-chart/formats';

export class ApexChartElement extends HTMLElement {
  private chart?: ApexCharts;
  private config?: Json;
  /** The server's configuration, before `overrides`. */
  private base?: Json;
  /** Options the page merges over the server's, made from them (presentation mode's type size, present-chart.ts). */
  private overrides: (config: Json) => Json = () => ({});
  /** Every character the chart can write: its configuration and the language's number words. */
  private text = '';
  /** The families of the theme's font stack that write this language (Latin and Cyrillic: Noto Sans). */
  private fonts = "'Noto Sans'";
  private rendered: Promise<void> = Promise.resolve();
  /** Keyboard, announcements and sound (apex-chart/keyboard.ts). */
  private readonly keyboard = new ChartKeyboard(this);

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
    this.base = config;
    this.apply();
  }

  /** Merges `overrides` over the server's configuration, now and on every later update, and draws again. */
  setOverrides(overrides: (config: Json) => Json) {
    this.overrides = overrides;
    if (this.base) this.apply();
  }

  private apply() {
    this.config = calm(withRoomForValueLabels(mergeDeep(this.base!, this.overrides(this.base!))));
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
  async renderSvg(width: number, height: number, overrides: Json | ((config: Json) => Json) = {}): Promise<string> {
    await this.rendered;
    if (!this.config) throw new Error('apex-chart: no configuration yet');
    return drawOffScreen(this.config, width, height, overrides);
  }

  private create() {
    const host = document.createElement('div');
    this.replaceChildren(host, ...this.keyboard.parts());
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

  /** The series `series` as sound, rendered off line (apex-chart/sonify.ts): what its Play button plays. */
  sonification(series = 0) {
    return this.keyboard.sonification(series);
  }

  private markReady() {
    this.keyboard.attach(this.chart!, this.config!, this.firstElementChild as HTMLElement);
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('chart-ready'));
  }
}

customElements.define('apex-chart', ApexChartElement);
