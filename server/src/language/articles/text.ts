// The words of an article as the treaty texts lay them out: Markdown made plain text, and the
// lines of an article made its numbered paragraphs, letters and roman sub-items.

/** An item of an article: a numbered paragraph, a lettered sub-paragraph or a roman sub-item. */
export interface Item {
  label: string;
  /** The item's own words (its lead-in when it has sub-items). */
  text: string;
  items: Item[];
}

/** Markdown to plain text: links, emphasis markers and TeX-style quotes removed, spacing normalised. */
export function plainText(s: string): string {
  return (
    s
      // Links: their text stays, their target (a path in the source repository) goes.
      .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*]+)\*/g, '$1')
      .replace(/``/g, '"')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

const PARAGRAPH = /^(\d+)\.\s*(.*)$/;
const LETTER = /^\(?([a-z])[).]\s+(.*)$|^\(?([a-z])\)$/;
/** "(i)" in the Budapest texts, "i." in ETS 24 Art. 9 as supplemented by ETS 86. */
const ROMAN = /^\(([ivx]+)\)\s*(.*)$|^([ivx]+)\.\s+(.*)$/;

/** Numbered paragraphs, letters and roman sub-items, as the texts lay them out. */
export function structure(lines: string[]): Item[] {
  const top: Item[] = [];
  let paragraph: Item | undefined;
  let letter: Item | undefined;
  let last: Item | undefined;
  const letters = (): Item[] => (paragraph ? paragraph.items : top);
  for (const line of lines) {
    const p = PARAGRAPH.exec(line);
    if (p && (!paragraph || Number(p[1]) === Number(paragraph.label) + 1) && (paragraph || p[1] === '1')) {
      paragraph = { label: p[1]!, text: p[2]!, items: [] };
      top.push(paragraph);
      letter = undefined;
      last = paragraph;
      continue;
    }
    const r = ROMAN.exec(line);
    const l = LETTER.exec(line);
    const letterLabel = l ? (l[1] ?? l[3])! : undefined;
    const siblings = letters();
    const expectedLetter = String.fromCharCode('a'.charCodeAt(0) + siblings.filter((s) => /^[a-z]$/.test(s.label)).length);
    if (letterLabel && letterLabel === expectedLetter) {
      letter = { label: letterLabel, text: l![2] ?? '', items: [] };
      siblings.push(letter);
      last = letter;
      continue;
    }
    if (r && letter) {
      const sub: Item = { label: (r[1] ?? r[3])!, text: (r[2] ?? r[4])!, items: [] };
      letter.items.push(sub);
      last = sub;
      continue;
    }
    if (last) last.text = last.text ? `${last.text}\n\n${line}` : line;
    else top.push({ label: '', text: line, items: [] });
  }
  return top;
}
