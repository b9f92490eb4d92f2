// The DOCX opened by a real consumer: LibreOffice (soffice --headless --convert-to pdf) converts
// each letter of examples/clean to PDF, and the PDF's text (pdftotext) holds the request's
// reference, every offence's citation, the specialty undertaking of the extradition, and none of
// the grounds' reasons; a draft's banner is at the top of every page.
//
// Prerequisites (test/e2e/setup.sh installs them): libreoffice-writer-nogui and poppler-utils.
// Without them the suite is skipped, unless COOPSPEC_E2E is set (CI), where it fails. The
// conversion is waited for to its end: the mocha timeout only catches a hang.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { needOrSkip, which } from '../e2e/support';
import { assertNoCrash, ensureBuilt, runCli } from '../cli/run';
import { EXAMPLES } from '../support/lint';
import { groundReasons, offenceCitations, workspaceOf } from './support';

const SPECIALTY = 'The requesting Party undertakes to respect the rule of speciality.';

describe('render: the DOCX opened by LibreOffice', function () {
  this.timeout(600_000);
  let dir: string;
  let soffice: string | undefined;
  let pdftotext: string | undefined;

  before(function () {
    soffice = which('soffice');
    pdftotext = which('pdftotext');
    needOrSkip(this, 'DOCX to PDF with LibreOffice', [
      ...(soffice ? [] : ['soffice is not on PATH (Debian package libreoffice-writer-nogui)']),
      ...(pdftotext ? [] : ['pdftotext is not on PATH (Debian package poppler-utils)']),
    ]);
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'coopspec-docx-'));
    cpSync(join(EXAMPLES, 'clean'), join(dir, 'clean'), { recursive: true });
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** DOCX -> PDF -> text, pages separated by form feeds. LibreOffice gets a profile of its own in the temporary folder. */
  function pdfText(docx: string): string {
    const out = join(dir, 'pdf');
    const r = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        docx,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: dir },
      },
    );
    const pdf = join(out, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
    assert.ok(r.status === 0 && existsSync(pdf), `LibreOffice did not convert ${docx} (exit ${r.status}): ${r.stderr}`);
    const t = spawnSync(pdftotext!, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    assert.equal(t.status, 0, t.stderr);
    return t.stdout;
  }

  /** Words joined by single spaces, as a PDF's lines wrap them. */
  const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

  for (const name of ['EXT-2026-001', 'PRES-2026-010', 'MLA-2026-011']) {
    it(`coopspec render examples/clean --request ${name}: LibreOffice opens the DOCX, and its text is the letter's`, () => {
      const r = runCli(['render', 'clean', '--request', name], { cwd: dir });
      assertNoCrash(r);
      assert.equal(r.code, 0, r.stderr);
      const text = flat(pdfText(join(dir, 'clean', `${name}.docx`)));
      const ws = workspaceOf(join(dir, 'clean'));
      const request = ws.named(name).find((d) => d.keyword === 'request')!;
      assert.ok(text.includes(name), 'the reference');
      const cites = offenceCitations(ws, request);
      assert.ok(cites.length >= 2);
      for (const c of cites) assert.ok(text.includes(flat(c)), `the offence's citation ${c}`);
      if (name === 'EXT-2026-001') assert.ok(text.includes(SPECIALTY), 'the specialty undertaking');
      const reasons = groundReasons(request);
      assert.ok(reasons.length >= 2);
      for (const reason of reasons) assert.ok(!text.includes(flat(reason)), `a reason of the grounds block is in the PDF: ${reason}`);
    });
  }

  it('a --draft DOCX has "DRAFT — N open findings" at the top of every page', () => {
    const file = join(dir, 'clean', 'ransomware-extradition.coop');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/facts: """[^]*?"""/, `facts: """${'The conduct lasted a week. '.repeat(200)}"""`)
        .replace('conduct: "Encrypting', 'conduct: "…" # Encrypting'),
    );
    const r = runCli(['render', 'clean', '--request', 'EXT-2026-001', '--draft', '--out', 'draft.docx'], { cwd: dir });
    assertNoCrash(r);
    assert.equal(r.code, 0, r.stderr);
    const pages = pdfText(join(dir, 'draft.docx'))
      .split('\f')
      .filter((p) => p.trim());
    assert.ok(pages.length >= 2, `the draft has ${pages.length} page(s): the check needs two`);
    for (const [i, page] of pages.entries()) assert.match(page.trimStart(), /^DRAFT — 1 open finding\b/, `page ${i + 1}`);
  });
});
