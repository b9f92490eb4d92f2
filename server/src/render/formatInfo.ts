// What each output format is, without its renderer: the editor's client reads this list for its
// format picker without bundling the renderers (formats.ts adds them).

export type FormatName = 'md' | 'html' | 'docx';

export interface FormatInfo {
  name: FormatName;
  /** The extension of its files, without the dot. */
  extension: string;
  /** For help texts and the editor's format picker. */
  description: string;
  /** Its bytes are not text (the server's custom request sends them in base64). */
  binary: boolean;
}

export const FORMAT_INFO: readonly FormatInfo[] = [
  { name: 'docx', extension: 'docx', binary: true, description: 'Word document, for the central authority to edit and sign' },
  { name: 'html', extension: 'html', binary: false, description: 'standalone web page with a print stylesheet' },
  { name: 'md', extension: 'md', binary: false, description: 'Markdown, for review in a pull request' },
];

export const DEFAULT_FORMAT: FormatName = 'docx';
