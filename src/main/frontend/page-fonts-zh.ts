/* Noto Sans SC for pages in Chinese, regular and bold: loaded by page-fonts.ts only for them. */
import regular from '@fontsource/noto-sans-sc/400.css?inline';
import bold from '@fontsource/noto-sans-sc/700.css?inline';

export const css = `${regular}\n${bold}`;
