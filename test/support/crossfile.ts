// A workspace where a finding in one file is caused by another: examples/clean with the trial of
// ransomware-extradition.coop moved into a file of its own, trial.coop. Removing the offence from
// the extradition request (open) makes the trial, which charges it (closed), violate the rule of
// speciality: CR201 in trial.coop. Used by the server tests, the code-server test and the bench.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from './lint';

export const REQUEST_FILE = 'ransomware-extradition.coop';
export const TRIAL_FILE = 'trial.coop';
/** The entry of the request that the edit changes, and what it becomes. */
export const OFFENCES = 'offences: [ransomware]';
export const NO_OFFENCES = 'offences: []';

/** Copy examples/clean into `dir` with the trial in trial.coop; the workspace has no finding. */
export function crossFileWorkspace(dir: string): { request: string; trial: string } {
  cpSync(join(EXAMPLES, 'clean'), dir, { recursive: true });
  const path = join(dir, REQUEST_FILE);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf('proceeding trial-ivanov');
  if (at < 0 || !text.includes(OFFENCES))
    throw new Error(`examples/clean/${REQUEST_FILE} no longer has the trial and the offence the cross-file tests use`);
  writeFileSync(path, text.slice(0, at));
  writeFileSync(join(dir, TRIAL_FILE), text.slice(at));
  return { request: path, trial: join(dir, TRIAL_FILE) };
}

/** 0-based line and character range of the first `needle` in a text. */
export function rangeOf(
  text: string,
  needle: string,
): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the text`);
  const position = (offset: number): { line: number; character: number } => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };
  return { start: position(at), end: position(at + needle.length) };
}
