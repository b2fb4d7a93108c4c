/*
 * Line breaking for an export's caption: by measured width, keeping a citation on one line when it fits,
 * and keeping bidi isolates balanced on every line.
 */
import { FONT_STACK } from './fonts';

const measureContext = document.createElement('canvas').getContext('2d')!;

/**
 * Greedy line breaking by measured width. A bidi-isolated part (a citation, a row's label or note, with
 * the punctuation right after it) is kept on one line when it fits on one: a source cut in two reads
 * badly, worst in right-to-left text, where its two halves land at opposite ends of two lines. Longer
 * parts break between words; words longer than a line (or text without spaces, as in Chinese) break by
 * character.
 */
export function wrap(text: string, size: number, weight: number, maxWidth: number): string[] {
  measureContext.font = `${weight} ${size}px ${FONT_STACK}`;
  const fits = (s: string) => measureContext.measureText(s).width <= maxWidth;
  const words = (s: string) => s.split(/(\s+)/).filter((t) => t.length);
  const lines: string[] = [];
  let line = '';
  const tokens = text
    .split(/(\u2068[^\u2068\u2069]*\u2069[^\s\u2068]*|\s+)/)
    .filter((t) => t.length)
    .flatMap((t) => (t.startsWith('\u2068') && !fits(t) ? words(t) : [t]));
  for (const token of tokens) {
    const candidate = line + token;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
    while (line && !fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return balanceIsolates(lines);
}

/**
 * A citation is wrapped in bidi isolates (FSI … PDI, org.ccfacts.i18n.BidiText). Each line is laid out
 * on its own, so an isolate cut by a line break is closed at the end of its line and opened again on the
 * next: the citation keeps its own direction on both lines.
 */
function balanceIsolates(lines: string[]): string[] {
  const OPEN = '\u2068';
  const CLOSE = '\u2069';
  let open = 0;
  return lines.map((line) => {
    const text = OPEN.repeat(open) + line;
    for (const char of line) {
      if (char === OPEN) open++;
      else if (char === CLOSE && open > 0) open--;
    }
    return text + CLOSE.repeat(open);
  });
}
