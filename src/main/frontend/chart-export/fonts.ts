/// <reference types="vite/client" />
/*
 * The fonts of an export (Noto Sans, Noto Sans Arabic, Noto Sans SC, bundled from @fontsource, nothing
 * fetched from the internet): which unicode-range subsets a text needs, made available to the page (so
 * text is measured with the glyphs it will be drawn with) and embedded as base64 @font-face rules, so an
 * export looks the same on a machine without them.
 */
import notoSansRanges from '@fontsource/noto-sans/unicode.json';
import notoArabicRanges from '@fontsource/noto-sans-arabic/unicode.json';
import notoScRanges from '@fontsource/noto-sans-sc/unicode.json';

/** The families of an export, in fallback order. */
export const FONT_STACK = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', sans-serif";

/** Each family in fallback order: the subsets' unicode ranges and the URLs Vite gave their woff2 files. */
const FAMILIES = [
  {
    family: 'Noto Sans',
    prefix: 'noto-sans-',
    ranges: notoSansRanges as Record<string, string>,
    files: import.meta.glob(
      '../../../../node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,700}-normal.woff2',
      { eager: true, query: '?url', import: 'default' },
    ) as Record<string, string>,
  },
  {
    family: 'Noto Sans Arabic',
    prefix: 'noto-sans-arabic-',
    ranges: notoArabicRanges as Record<string, string>,
    files: import.meta.glob(
      '../../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-{arabic,math,symbols}-{400,700}-normal.woff2',
      { eager: true, query: '?url', import: 'default' },
    ) as Record<string, string>,
  },
  {
    family: 'Noto Sans SC',
    prefix: 'noto-sans-sc-',
    ranges: notoScRanges as Record<string, string>,
    files: import.meta.glob('../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2', {
      eager: true,
      query: '?url',
      import: 'default',
    }) as Record<string, string>,
  },
];

interface FontFile {
  family: string;
  weight: number;
  unicodeRange: string;
  intervals: Array<[number, number]>;
  url: string;
}

function parseRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi ?? lo, 16)] as [number, number];
  });
}

const FONT_FILES: FontFile[] = FAMILIES.flatMap(({ family, prefix, ranges, files }) =>
  Object.entries(files).flatMap(([path, url]) => {
    const match = new RegExp(`/${prefix}(.+)-(\\d{3})-normal\\.woff2$`).exec(path);
    if (!match) return [];
    const unicodeRange = ranges[match[1]] ?? ranges[`[${match[1]}]`];
    if (!unicodeRange) return [];
    return [{ family, weight: Number(match[2]), unicodeRange, intervals: parseRange(unicodeRange), url }];
  }),
);

/** The font files whose subsets the text needs: per code point, the first family (in fallback order) covering it. */
export function fontFilesFor(text: string): FontFile[] {
  const needed = new Set<FontFile>();
  const seen = new Set<number>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x21 || seen.has(cp)) continue;
    seen.add(cp);
    for (const { family } of FAMILIES) {
      const files = FONT_FILES.filter((f) => f.family === family && f.intervals.some(([lo, hi]) => cp >= lo && cp <= hi));
      if (files.length) {
        files.forEach((f) => needed.add(f));
        break;
      }
    }
  }
  return [...needed];
}

const fontBytes = new Map<string, Promise<ArrayBuffer>>();
const registered = new Set<string>();

function loadFont(file: FontFile): Promise<ArrayBuffer> {
  let bytes = fontBytes.get(file.url);
  if (!bytes) {
    bytes = fetch(file.url).then((r) => {
      if (!r.ok) throw new Error(`font ${file.url}: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    fontBytes.set(file.url, bytes);
  }
  return bytes;
}

/** Makes the fonts available to the page too, so text is measured (wrapped) with the glyphs it will be drawn with. */
export async function registerInDocument(files: FontFile[]) {
  await Promise.all(
    files.map(async (file) => {
      if (registered.has(file.url)) return;
      const face = new FontFace(file.family, await loadFont(file), {
        weight: String(file.weight),
        unicodeRange: file.unicodeRange,
      });
      await face.load();
      document.fonts.add(face);
      registered.add(file.url);
    }),
  );
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Each file's @font-face rule, made once: a deck or a batch of exports embeds the same subsets again and again. */
const fontFaceRules = new Map<string, Promise<string>>();

export async function fontFaceCss(files: FontFile[]): Promise<string> {
  const rules = await Promise.all(
    files.map((f) => {
      let rule = fontFaceRules.get(f.url);
      if (!rule) {
        rule = loadFont(f).then((bytes) =>
          `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};` +
          `src:url(data:font/woff2;base64,${base64(bytes)}) format('woff2');unicode-range:${f.unicodeRange};}`);
        fontFaceRules.set(f.url, rule);
      }
      return rule;
    }),
  );
  return rules.join('\n');
}
