/*
 * Presentation mode's chart text (org.ccfacts.present.PresentView): every text of the slide's chart at
 * 1/80 of the window's width — 24 px on a 1920 × 1080 screen, readable from the back of a room — and
 * drawn again at the new size when the window changes. The slide's own title and footer scale in
 * present.css.
 */
import type { ApexChartElement } from './apex-chart';
import { mergeDeep, textSizes } from './apex-chart/drawing';

const SELECTOR = 'apex-chart.present-chart';

/** 24 px at 1920 px wide; never below 12 px (a small window still shows the whole slide). */
export function presentationFontSize(windowWidth: number): number {
  return Math.max(12, Math.round(windowWidth / 80));
}

let applied = new WeakMap<Element, number>();

function fit() {
  const size = presentationFontSize(window.innerWidth);
  for (const chart of document.querySelectorAll(SELECTOR) as NodeListOf<ApexChartElement & HTMLElement>) {
    if (applied.get(chart) === size) continue;
    applied.set(chart, size);
    // axis labels (the timeline's event rows, the Uzbek figures' "own statistics") may take 45 % of the width:
    // the longest Russian event, title and place, in two lines
    const labelWidth = Math.round(chart.clientWidth * 0.45);
    // the bottom axis's labels a third of a line lower: at this size the lowest bar's value label and the value
    // axis's "0" reached down into them
    const below = Math.round(size / 3);
    // a horizontal bar chart's value axis: a tick per four characters' room at most (in Chinese "1,100" (亿) is
    // as wide as the step between 23 ticks)
    const valueTicks = Math.max(4, Math.floor((chart.clientWidth * 0.5) / (size * 4)));
    chart.setOverrides((config) => mergeDeep(textSizes(size, config), {
      yaxis: { labels: { maxWidth: labelWidth } },
      xaxis: { labels: { offsetY: below }, ...(config.plotOptions?.bar?.horizontal ? { tickAmount: valueTicks } : {}) },
    }));
  }
}

let queued = false;
function queueFit() {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    fit();
  });
}

// a slide's chart is a new element on every step: fit each one as it arrives, and all on a resize
new MutationObserver(queueFit).observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('resize', () => {
  applied = new WeakMap();
  queueFit();
});
fit();
