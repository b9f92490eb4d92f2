// A letter as Markdown, for review in a pull request: the title, the header as a list, a heading
// per section, numbered paragraphs ("**1.**"), lists and the table of offences. Every text is
// escaped, so a drafter's string reads as written and never turns into markup.

import type { Block, Letter } from './letterModel';

/** Escape what Markdown (CommonMark and GitHub's tables) would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}

function block(b: Block): string {
  if (b.t === 'para') {
    const head = `**${b.n}.** ${escapeMarkdown(b.text)}`;
    if (!b.items?.length) return head;
    return `${head}\n\n${b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n')}`;
  }
  const row = (cells: string[]): string => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
  return [row(b.head), `|${b.head.map(() => '---').join('|')}|`, ...b.rows.map(row)].join('\n');
}

export function renderMarkdown(letter: Letter): string {
  const out: string[] = [];
  if (letter.banner) out.push(`> **${escapeMarkdown(letter.banner)}**`);
  out.push(`# ${escapeMarkdown(letter.title)}`);
  if (letter.header.length) out.push(letter.header.map((h) => `- **${escapeMarkdown(h.label)}** ${escapeMarkdown(h.value)}`).join('\n'));
  for (const s of letter.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`);
    for (const b of s.blocks) out.push(block(b));
  }
  return `${out.join('\n\n')}\n`;
}
