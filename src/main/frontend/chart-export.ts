/*
 * What the server calls to export (window.ccfactsExport, see org.ccfacts.export.ExportMenu and
 * ExportAllButton). The composer, with its font tables, is a separate chunk loaded on the first export:
 * most readers never export, and the page's first chart should not wait for it.
 */
type Composer = typeof import('./chart-export-composer');

let composer: Promise<Composer> | undefined;
const load = () => (composer ??= import('./chart-export-composer'));

(window as any).ccfactsExport = {
  download: (...args: Parameters<Composer['download']>) => load().then((c) => c.download(...args)),
  exportBlob: (...args: Parameters<Composer['exportBlob']>) => load().then((c) => c.exportBlob(...args)),
  deckImages: (...args: Parameters<Composer['deckImages']>) => load().then((c) => c.deckImages(...args)),
};
