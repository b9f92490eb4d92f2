// Markdown helpers for the documentation tests.

export interface Snippet {
  page: string;
  line: number;
  lang: string;
  text: string;
}

/** Fenced code blocks of a markdown text, with the line their first line of code is on. */
export function fencedBlocks(page: string, markdown: string): Snippet[] {
  const out: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence); j++) body.push(lines[j]!);
    out.push({ page, line: i + 2, lang: open[3]!, text: body.join('\n') });
    i = j;
  }
  return out;
}
