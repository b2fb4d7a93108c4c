/// <reference types="vite/client" />
/*
 * The page's Chinese font. Noto Sans SC comes in about a hundred unicode-range subsets per weight; their
 * @font-face rules alone are 64 KB of gzipped CSS, so they are loaded (as a separate chunk) only when the
 * page is in Chinese. Other pages get the three subsets the language menu's "中文（简体）" needs, restricted
 * to exactly those characters. Latin, Cyrillic and Arabic come with the page (MainLayout's @CssImports).
 * Every file is bundled and served by the app; nothing is fetched from the internet.
 */
import sc117 from '@fontsource/noto-sans-sc/files/noto-sans-sc-117-400-normal.woff2?url';
import sc118 from '@fontsource/noto-sans-sc/files/noto-sans-sc-118-400-normal.woff2?url';
import sc119 from '@fontsource/noto-sans-sc/files/noto-sans-sc-119-400-normal.woff2?url';

const LANGUAGE_NAME = '中文（简体）';

function adopt(css: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function languageNameFaces() {
  const range = [...new Set(LANGUAGE_NAME)].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(',');
  adopt(
    [sc117, sc118, sc119]
      .map((url) => `@font-face { font-family: 'Noto Sans SC'; font-weight: 400; font-display: swap;
        src: url(${JSON.stringify(url)}) format('woff2'); unicode-range: ${range}; }`)
      .join('\n'),
  );
}

let chinese = false;
function follow() {
  if (!chinese && document.documentElement.lang.toLowerCase().startsWith('zh')) {
    chinese = true;
    import('./page-fonts-zh').then((fonts) => adopt(fonts.css));
  }
}

languageNameFaces();
follow();
new MutationObserver(follow).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
