// A letter as a Word document (OOXML), written with the `docx` library so that the central
// authority can edit it: Word's own Title and Heading 1 styles, numbered paragraphs on a Word
// numbering list (a paragraph inserted by hand is numbered in turn), bulleted lists, and the
// offences as a real table with a repeated header row. The DRAFT banner is the page header, so it
// is at the top of every page.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Letter } from './letterModel';

const NUMBERED = 'coopspec-paragraphs';
const BULLETS = 'coopspec-items';
/** A4 (11906 twips wide) less two margins of 1134 twips (2 cm). */
const TEXT_WIDTH = 11906 - 2 * 1134;

function cellBorders() {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
  return { top: line, bottom: line, left: line, right: line };
}

function blockChildren(b: Block): (Paragraph | Table)[] {
  if (b.t === 'para') {
    const out: (Paragraph | Table)[] = [
      new Paragraph({ numbering: { reference: NUMBERED, level: 0 }, spacing: { after: 80 }, children: [new TextRun(b.text)] }),
    ];
    for (const item of b.items ?? [])
      out.push(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(item)] }));
    return out;
  }
  const row = (cells: string[], head: boolean): TableRow =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (c) =>
          new TableCell({
            borders: cellBorders(),
            shading: head ? { fill: 'EEEEEE' } : undefined,
            children: [new Paragraph({ children: [new TextRun({ text: c, bold: head })] })],
          }),
      ),
    });
  // The text width of an A4 page with 2 cm margins, in twentieths of a point, shared by the columns
  // in proportion (the provision, the drafter's longest text, gets the most).
  const weights = b.head.length === 4 ? [2, 2, 4, 2] : b.head.map(() => 1);
  const total = weights.reduce((x, y) => x + y, 0);
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: weights.map((x) => Math.floor((TEXT_WIDTH * x) / total)),
      rows: [row(b.head, true), ...b.rows.map((r) => row(r, false))],
    }),
    new Paragraph({ children: [] }),
  ];
}

export function letterDocument(letter: Letter): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(letter.title)] }),
  ];
  for (const h of letter.header) {
    children.push(
      new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${h.label} `, bold: true }), new TextRun(h.value)] }),
    );
  }
  for (const s of letter.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(s.heading)] }));
    for (const b of s.blocks) children.push(...blockChildren(b));
  }
  const headers = letter.banner
    ? {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: letter.banner, bold: true, color: 'AA0000' })],
            }),
          ],
        }),
      }
    : undefined;
  return new Document({
    creator: 'CoopSpec',
    title: `${letter.title} — ${letter.reference}`,
    description: letter.kind === 'memo' ? 'Internal assessment memo' : 'Letter of request',
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 22 }, paragraph: { spacing: { after: 60 } } },
        title: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 280, after: 100 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 1134, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1134, left: 1134, right: 1134 } } },
        headers,
        children,
      },
    ],
  });
}

export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  return Packer.toBuffer(letterDocument(letter));
}
