// The output formats of a letter, as a registry: its name, the extension of its file, what it is
// for, and its renderer. The command line's help and choices, the server's custom request, the
// editor's export and the tests all read this list.

import { renderDocx } from './docx';
import { renderHtml } from './html';
import type { Letter } from './letter';
import { renderMarkdown } from './markdown';

export interface Format {
  name: 'md' | 'html' | 'docx';
  /** The extension of its files, without the dot. */
  extension: string;
  /** For help texts and the editor's format picker. */
  description: string;
  /** Its bytes are not text. */
  binary: boolean;
  render(letter: Letter): Promise<Uint8Array | string>;
}

export const FORMATS: readonly Format[] = [
  { name: 'docx', extension: 'docx', binary: true, description: 'Word document, for the central authority to edit and sign', render: renderDocx },
  { name: 'html', extension: 'html', binary: false, description: 'standalone web page with a print stylesheet', render: async (l) => renderHtml(l) },
  { name: 'md', extension: 'md', binary: false, description: 'Markdown, for review in a pull request', render: async (l) => renderMarkdown(l) },
];

export const FORMAT_NAMES = FORMATS.map((f) => f.name);
export const DEFAULT_FORMAT: Format['name'] = 'docx';

export function formatByName(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name);
}
