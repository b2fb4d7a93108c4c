/**
 * <cc-new-figures version="1a2b3c4d5e6f" src="api/dataset/status" text="New figures since {0}" action="Show them">
 *
 * Tells a reader that newer figures are served than the ones on the page, and never swaps them itself: it asks
 * the dataset status (a small JSON answered from memory, no Vaadin session work) every few seconds while the tab is
 * visible, and when the version served differs from its own it shows one polite line with a button that reloads
 * the page. The element is a live region from the start (role=status), so a screen reader announces the line once.
 *
 * Why a status fetch and not Vaadin push or a UI poll: docs/PERFORMANCE.md ("New figures notice"). The version is a
 * hash of the files' content, the same on every replica, so behind a load balancer any instance may answer.
 */
const EVERY_MS = 3000;

class NewFigures extends HTMLElement {
  private timer: number | undefined;
  private readonly onVisibility = () => this.schedule(0);

  connectedCallback() {
    this.setAttribute('role', 'status');
    this.setAttribute('aria-live', 'polite');
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule(EVERY_MS);
  }

  disconnectedCallback() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.clearTimeout(this.timer);
  }

  private schedule(delay: number) {
    window.clearTimeout(this.timer);
    if (this.childElementCount > 0 || document.hidden) {
      return; // shown already, or nobody is looking: a hidden tab asks again when it is shown
    }
    this.timer = window.setTimeout(() => this.check(), delay);
  }

  private async check() {
    try {
      const answer = await fetch(new URL(this.getAttribute('src') ?? 'api/dataset/status', document.baseURI),
        { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (answer.ok) {
        const status = await answer.json() as { version?: string; loadedAt?: string };
        if (status.version && status.version !== this.getAttribute('version')) {
          this.show(status.loadedAt);
          return;
        }
      }
    } catch {
      // the server is restarting or the network is away: ask again later
    }
    this.schedule(EVERY_MS);
  }

  private show(loadedAt: string | undefined) {
    const time = loadedAt ? NewFigures.time(new Date(loadedAt)) : '';
    const line = document.createElement('span');
    line.className = 'cc-new-figures-text';
    // the time isolated (FSI…PDI): in right-to-left text "14:05 UTC" would otherwise read "UTC 14:05"
    line.textContent = (this.getAttribute('text') ?? '{0}').replace('{0}', '\u2068' + time + '\u2069');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cc-button cc-button-primary';
    button.id = 'new-figures-show';
    button.textContent = this.getAttribute('action') ?? '';
    button.addEventListener('click', () => {
      // the current figures: an earlier version asked for with ?version= is left behind
      const url = new URL(window.location.href);
      url.searchParams.delete('version');
      window.location.assign(url.toString());
    });
    this.replaceChildren(line, button);
  }

  /** 14:05 UTC, in the page's language with Western digits, as the header writes times. */
  private static time(date: Date): string {
    const lang = document.documentElement.lang || 'en';
    return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC',
      numberingSystem: 'latn' }).format(date) + ' UTC';
  }
}

if (!customElements.get('cc-new-figures')) {
  customElements.define('cc-new-figures', NewFigures);
}
