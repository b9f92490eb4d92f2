// A letter as a standalone HTML page: no script, nothing loaded from anywhere (the content
// security policy allows only the page's own inline style, by its hash), a screen layout and a
// print stylesheet (A4, the DRAFT banner repeated at the top of every printed page: it is the
// header row of a table that holds the letter, which browsers repeat on each printed page). The
// editor's preview shows this page in a webview.

import { createHash } from 'node:crypto';
import type { Block, Letter } from './letterModel';

export const LETTER_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f3f3f3; color: #111; font: 11pt/1.45 "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
main { max-width: 46em; margin: 1.5em auto; padding: 2.5em 3em; background: #fff; box-shadow: 0 0 0.4em rgba(0, 0, 0, 0.15); }
.banner { text-align: center; font: bold 11pt sans-serif; letter-spacing: 0.05em; color: #a00; border: 2px solid #a00; padding: 0.3em; margin: 0 0 1em; background: #fff; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1em; }
h2 { font-size: 12pt; margin: 1.4em 0 0.5em; border-bottom: 1px solid #999; }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0 0 1em; }
dl.header dt { font-weight: bold; }
dl.header dd { margin: 0; }
p.num { margin: 0.4em 0; padding-left: 2.2em; text-indent: -2.2em; }
p.num .n { display: inline-block; width: 2.2em; text-indent: 0; font-weight: bold; }
ul { margin: 0.2em 0 0.6em 2.2em; padding-left: 1.2em; }
table.data { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
table.data th, table.data td { border: 1px solid #666; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
table.data th { background: #eee; }
table.draft, table.draft > thead, table.draft > tbody, table.draft > * > tr, table.draft > * > tr > td { display: block; margin: 0; padding: 0; border: 0; }
@page { size: A4; margin: 2.5cm 2cm 2cm; }
@media print {
  body { background: #fff; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  table.draft { display: table; width: 100%; border-collapse: collapse; }
  table.draft > thead { display: table-header-group; }
  table.draft > tbody { display: table-row-group; }
  table.draft > * > tr { display: table-row; }
  table.draft > * > tr > td { display: table-cell; }
  h2 { break-after: avoid; }
  table.data, p.num { break-inside: avoid; }
}
`;

/** The CSP source that allows exactly LETTER_CSS as an inline style. */
export const LETTER_CSS_HASH = `'sha256-${createHash('sha256').update(LETTER_CSS).digest('base64')}'`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function block(b: Block): string {
  if (b.t === 'para') {
    const p = `<p class="num"><span class="n">${b.n}.</span>${escapeHtml(b.text)}</p>`;
    return b.items?.length ? `${p}\n<ul>\n${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>` : p;
  }
  const head = `<thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>\n${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>`;
  return `<table class="data">\n${head}\n${body}\n</table>`;
}

export function renderHtml(letter: Letter): string {
  const title = `${letter.title} — ${letter.reference}`;
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(letter.title)}</h1>`);
  if (letter.header.length) {
    body.push(
      `<dl class="header">\n${letter.header.map((h) => `<dt>${escapeHtml(h.label)}</dt><dd>${escapeHtml(h.value)}</dd>`).join('\n')}\n</dl>`,
    );
  }
  for (const s of letter.sections) {
    body.push(`<section id="${s.id}">\n<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`);
  }
  return `<!DOCTYPE html>
<html lang="${letter.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${LETTER_CSS_HASH}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<main class="${letter.kind}">
${
  letter.banner
    ? `<table class="draft">\n<thead><tr><td><div class="banner" role="note">${escapeHtml(letter.banner)}</div></td></tr></thead>\n<tbody><tr><td>\n${body.join('\n')}\n</td></tr></tbody>\n</table>`
    : body.join('\n')
}
</main>
</body>
</html>
`;
}
