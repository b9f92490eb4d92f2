// `coopspec render` as a user runs it (node dist/cli.js in a copy of examples/): the files it
// writes and where, its exit codes, its one-line errors, and that it prints nothing of the
// request files: the letter goes to the file only.

import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoCrash, canRunUnprivileged, ensureBuilt, runCli } from '../cli/run';
import { readZip } from '../client/vsix';
import { FORMATS } from '../../server/src/render';
import { EXAMPLES } from '../support/lint';

describe('coopspec render', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopspec-render-'));
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const render = (...args: string[]) => {
    const r = runCli(['render', ...args], { cwd: dir });
    assertNoCrash(r);
    return r;
  };

  it('writes the DOCX of each request of examples/clean beside its file, a Word document with headings, numbered paragraphs and a table', () => {
    for (const [name, file] of [
      ['EXT-2026-001', 'ransomware-extradition.coop'],
      ['PRES-2026-010', 'preservation-and-mla.coop'],
      ['MLA-2026-011', 'preservation-and-mla.coop'],
    ]) {
      const r = render('examples/clean', '--request', name!);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `wrote examples/clean/${name}.docx (letter of ${name}, docx, en)\n`);
      assert.equal(r.stderr, '');
      assert.ok(existsSync(join(dir, 'examples', 'clean', file!)));
      const entries = readZip(join(dir, 'examples', 'clean', `${name}.docx`));
      const xml = entries
        .find((e) => e.name === 'word/document.xml')!
        .read()
        .toString('utf8');
      assert.match(xml, /<w:pStyle w:val="Title"\/>/);
      assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
      assert.match(xml, /<w:numPr>/, 'numbered paragraphs');
      assert.ok(xml.includes(name!), 'the reference');
      assert.match(xml, /<w:tbl>/, 'the table of offences');
      assert.ok(entries.some((e) => e.name === 'word/numbering.xml'));
    }
    // Nothing but the letters was left in the folder: no temporary file.
    assert.deepEqual(readdirSync(join(dir, 'examples', 'clean')).sort(), [
      'EXT-2026-001.docx',
      'MLA-2026-011.docx',
      'PRES-2026-010.docx',
      'preservation-and-mla.coop',
      'ransomware-extradition.coop',
    ]);
  });

  it('--format, --out and --lang: Markdown in French where asked', () => {
    const r = render('examples/clean', '--request', 'PRES-2026-010', '--format', 'md', '--lang', 'fr', '--out', 'pres.md');
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(dir, 'pres.md'), 'utf8');
    assert.match(text, /^# Demande de conservation rapide de données informatiques stockées$/m);
    assert.match(text, /STCE 185, art\. 29\(7\)/);
  });

  it('never overwrites without --force; with it, replaces the file whole', () => {
    const out = join(dir, 'x.html');
    writeFileSync(out, 'old');
    const refused = render('examples/clean', '--request', 'EXT-2026-001', '-f', 'html', '-o', 'x.html');
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'coopspec: x.html exists: use --force to overwrite it\n');
    assert.equal(readFileSync(out, 'utf8'), 'old');
    const forced = render('examples/clean', '--request', 'EXT-2026-001', '-f', 'html', '-o', 'x.html', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('coopspec-tmp')),
      [],
    );
  });

  it('one-line errors and exit 2: no --request, an unknown request (with the nearest), a missing folder, an unreadable path', () => {
    const cases: [string[], RegExp][] = [
      [['examples/clean'], /^coopspec: render needs --request NAME \(the requests: EXT-2026-001, MLA-2026-011, PRES-2026-010\)\n$/],
      [
        ['examples/clean', '--request', 'EXT-2026-01'],
        /^coopspec: no request named EXT-2026-01 in examples\/clean \(did you mean EXT-2026-001\?\)\n$/,
      ],
      [
        ['examples/clean', '--request', 'EXT-2026-001', '--out', 'nowhere/x.docx'],
        /^coopspec: cannot write nowhere\/x\.docx: its folder nowhere does not exist\n$/,
      ],
      [['examples/none', '--request', 'EXT-2026-001'], /^coopspec: cannot read examples\/none: no such file or directory\n$/],
      [
        ['examples/clean', '--request', 'EXT-2026-001', '--format', 'pdf'],
        /^coopspec: --format does not take "pdf": use docx, html or md\n$/,
      ],
      [['examples/clean', '--request', 'EXT-2026-001', '--lang', 'de'], /^coopspec: --lang does not take "de": use en or fr\n$/],
    ];
    for (const [args, expected] of cases) {
      const r = render(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, expected);
      assert.equal(r.stdout, '');
    }
  });

  it('a folder it may not read is an error, not a crash', function () {
    if (!canRunUnprivileged()) this.skip();
    const locked = join(dir, 'locked');
    cpSync(join(EXAMPLES, 'clean'), locked, { recursive: true });
    chmodSync(locked, 0o000);
    try {
      const r = runCli(['render', 'locked', '--request', 'EXT-2026-001'], { cwd: dir, unprivileged: true });
      assertNoCrash(r);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^coopspec: cannot read (directory )?locked: permission denied\n$/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('refuses a request with an error finding (a placeholder) and lists it; --draft renders it marked as a draft', () => {
    const file = join(dir, 'examples', 'clean', 'ransomware-extradition.coop');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'authority: "Ministère de la Justice, Bureau de l\'entraide pénale internationale"',
        'authority: "…"',
      ),
    );
    const refused = render('examples/clean', '--request', 'EXT-2026-001', '-f', 'md');
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^examples\/clean\/ransomware-extradition\.coop:\d+:\d+ {2}error {2}.* {2}CR007\n$/);
    assert.equal(
      refused.stderr,
      'coopspec: request EXT-2026-001 is not rendered: it has 1 error finding (listed above); fix them, or render a draft with --draft\n',
    );
    assert.ok(!existsSync(join(dir, 'examples', 'clean', 'EXT-2026-001.md')));
    const draft = render('examples/clean', '--request', 'EXT-2026-001', '-f', 'md', '--draft');
    assert.equal(draft.code, 0, draft.stderr);
    assert.match(draft.stdout, /a draft with 1 open finding\)\n$/);
    assert.match(readFileSync(join(dir, 'examples', 'clean', 'EXT-2026-001.md'), 'utf8'), /^> \*\*DRAFT — 1 open finding\*\*\n/);
  });

  it("--memo writes the internal assessment memo beside the letter, with the grounds' reasons the letter leaves out", () => {
    assert.equal(render('examples/clean', '--request', 'EXT-2026-001', '-f', 'md').code, 0);
    const r = render('examples/clean', '--request', 'EXT-2026-001', '-f', 'md', '--memo');
    assert.equal(r.code, 0, r.stderr);
    const letter = readFileSync(join(dir, 'examples', 'clean', 'EXT-2026-001.md'), 'utf8');
    const memo = readFileSync(join(dir, 'examples', 'clean', 'EXT-2026-001-memo.md'), 'utf8');
    assert.ok(memo.includes('Financially motivated extortion'));
    assert.ok(!letter.includes('Financially motivated extortion'));
  });

  it('its help lists the formats of the registry', () => {
    const r = runCli(['render', '--help']);
    assert.equal(r.code, 0);
    for (const f of FORMATS) assert.ok(r.stdout.includes(`${f.name.padEnd(5)} ${f.description}`), f.name);
    assert.equal(runCli(['help', 'render']).stdout, r.stdout);
  });
});
