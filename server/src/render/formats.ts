// The output formats of a letter, as a registry: its name, the extension of its files, what it is
// for (formatInfo.ts), and its renderer. The command line's help and choices, the server's custom
// request, the editor's export and the tests all read this list.

import { DEFAULT_FORMAT, FORMAT_INFO, type FormatInfo, type FormatName } from './formatInfo';
import { renderHtml } from './html';
import type { Letter } from './letterModel';
import { renderMarkdown } from './markdown';

export { DEFAULT_FORMAT, type FormatName };

export interface Format extends FormatInfo {
  render(letter: Letter): Promise<Uint8Array | string>;
}

// The Word writer (the `docx` library) is loaded when a Word document is first asked for, so that
// linting, which never needs it, does not pay for loading it.
const RENDERERS: Record<FormatName, Format['render']> = {
  docx: async (letter) => (await import('./docx.js')).renderDocx(letter),
  html: (letter) => Promise.resolve(renderHtml(letter)),
  md: (letter) => Promise.resolve(renderMarkdown(letter)),
};

export const FORMATS: readonly Format[] = FORMAT_INFO.map((info) => ({ ...info, render: RENDERERS[info.name] }));

export const FORMAT_NAMES = FORMATS.map((f) => f.name);

export function formatByName(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name);
}
