/*
 * The handout's "Print / save as PDF" button (org.ccfacts.present.HandoutView): prints once every chart on
 * the page has drawn, so no page comes out with an empty chart. Bundled with the app and bound by a data
 * attribute: the Content-Security-Policy lets the server send no script text for it.
 */
function chartsDrawn(): Promise<unknown> {
  const charts = Array.from(document.querySelectorAll('.cc-handout apex-chart'));
  return Promise.all(
    charts.map((chart) =>
      chart.hasAttribute('data-ready')
        ? undefined
        : new Promise((resolve) => chart.addEventListener('chart-ready', resolve, { once: true })),
    ),
  );
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-handout-print]') : null;
  if (button) {
    chartsDrawn().then(() => window.print());
  }
});
