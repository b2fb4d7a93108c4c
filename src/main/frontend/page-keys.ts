/*
 * Keyboard behaviour of the page frame, in the browser (no script from the server, so nothing for the
 * Content-Security-Policy to allow):
 * - the skip link moves the focus to the page's content. A plain "#cc-content" link would resolve against
 *   Vaadin's <base href> and load another page on /chart/…, so the link is followed here.
 * - Esc inside an open panel marked data-close-on-escape (org.ccfacts.html.Disclosure.closeOnEscape) clicks
 *   its button, which closes it on the server, and puts the focus back on that button.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a.cc-skip-link');
  const target = link && document.getElementById((link.getAttribute('href') ?? '').slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'start' });
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const panel = (event.target as Element | null)?.closest?.('[data-close-on-escape]');
  if (!panel || (panel as HTMLElement).hidden) return;
  const toggle = document.getElementById(`${panel.id}-toggle`);
  if (!toggle || toggle.getAttribute('aria-expanded') !== 'true') return;
  event.preventDefault();
  toggle.click();
  toggle.focus();
});
