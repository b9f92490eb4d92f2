// Help texts of the commands.

import { orList } from '../language/util';
import { DEFAULT_FORMAT, FORMAT_INFO } from '../render/formatInfo';
import { DEFAULT_LINT_FORMAT, LINT_FORMATS } from './formats/index';

/** The lint formats as --help names them: "stylish (default), json, sarif (SARIF 2.1.0) or …". */
const lintFormats = orList(
  LINT_FORMATS.map((f) => {
    const notes = [...(f.name === DEFAULT_LINT_FORMAT ? ['default'] : []), ...(f.note ? [f.note] : [])];
    return notes.length ? `${f.name} (${notes.join(', ')})` : f.name;
  }),
);

export const MAIN_HELP = `Usage: coopspec <command> [options]

Checks cross-border cooperation requests in cybercrime cases (*.coop files) against the
Budapest Convention and related treaties.

Commands:
  lint [paths...]     check files and folders (all files given form one workspace)
  explain <topic>     a rule's page (CR301, notice-missing), an article's text
                      ("budapest art 29(2)"), or what a keyword, key or word means
  rules               list the rules: id, alias, default severity, fixable
  render [paths...] --request NAME
                      write the letter of request of one request (docx, html or md)

Options:
  -h, --help          show this help ("coopspec <command> --help" for a command's)
  -v, --version       show the version

Exit codes: 0 success, 1 findings at or above the fail severity, 2 usage or input error.
`;

export const LINT_HELP = `Usage: coopspec lint [paths...] [options]

Checks CoopSpec request files. All files given form one workspace, so a request in one file may
refer to an offence declared in another. Directories are searched for *.coop (node_modules and
version-control folders are skipped); a file named on the command line is linted whatever its
name. A glob in quotes ("requests/**/*.coop": *, **, ?, [...]) picks the *.coop files it matches.
With no path, the current directory. Standard input is not read.

Options:
  -f, --format <name>       ${lintFormats}
  --fail-severity <level>   exit 1 when a finding is at or above: error (default), warning or info
  --exit-zero               exit 0 whatever the findings (an editor task or a report-only step);
                            usage and input errors still exit 2
  --fix                     apply every safe fix and write the files back (atomically, keeping line
                            endings and byte order mark); files with a syntax error are not touched
  --fix-dry-run             print what --fix would change as a unified diff (on stderr) and report
                            what would remain; write nothing
  -c, --config <path>       use this coopspec.json for every file, instead of the nearest one above
                            each file
  --rule <RULE=SEVERITY>    override a rule's severity (off, info, warning, error), e.g. --rule
                            CR405=off or --rule notice-missing=info; may be repeated
  --today <YYYY-MM-DD>      measure the deadlines (CR110, CR111, CR116, CR117, CR311) against this
                            date instead of the system date (also "today" in coopspec.json)
  --no-error-on-unmatched-pattern
                            a folder with no *.coop file is not an error (like ESLint's option)
  --color, --no-color       force colours on or off (default: on for a terminal; FORCE_COLOR=1
                            turns them on, NO_COLOR off)
  -h, --help                show this help

What --fix changed, and what it could not change, is written to stderr; stdout holds the report.

Exit codes:
  0  no finding at or above the fail severity (or --exit-zero)
  1  at least one finding at or above the fail severity
  2  usage error, unreadable or missing path, a folder with no *.coop file, a coopspec.json with a
     problem, or a file --fix could not write (read-only, changed on disk since it was read)
`;

export const EXPLAIN_HELP = `Usage: coopspec explain <topic>

Prints, as markdown:
  a rule's page              coopspec explain CR301     coopspec explain notice-missing
  an article's text          coopspec explain "budapest art 29(2)"
                             (summaries are marked "Summary, to be verified against the official text")
  what a word means          coopspec explain unassessed    coopspec explain safeguards

Exit codes: 0 explained, 2 unknown topic (with the nearest rule, article or word).
`;

export const RULES_HELP = `Usage: coopspec rules [--format text|json]

Lists the rule catalogue: id, alias, default severity, whether --fix can fix it, and what it finds.
`;

export const RENDER_HELP = `Usage: coopspec render [paths...] --request NAME [options]

Writes the letter of request of one request: the files and folders given form one workspace (as
for lint; with no path, the current directory), and the letter draws on every declaration the
request names. The letter holds the drafter's strings; never the grounds block (the internal
assessment), comments or findings. Nothing is printed but the file written, or the findings that
stop it.

Options:
  -r, --request <NAME>      the request to render (required)
  -f, --format <name>       the format (default ${DEFAULT_FORMAT}):
${FORMAT_INFO.map((f) => `                              ${f.name.padEnd(5)} ${f.description}`).join('\n')}
  -o, --out <file>          where to write it (default: the request's name with the format's
                            extension, beside the file that declares it; NAME-memo.EXT for --memo)
  --force                   overwrite the file if it exists (it is always written atomically)
  --lang <en|fr>            the letter's fixed words in English (default) or French; the
                            drafter's strings appear as written
  --draft                   render a request that has error findings, marked "DRAFT — N open
                            findings" at the top of every page
  --memo                    write the internal assessment memo instead: the grounds with their
                            status and reason, the governing instrument and why, the open findings
  -c, --config <path>       use this coopspec.json for every file, instead of the nearest one
  --today <YYYY-MM-DD>      the date the deadline rules measure against (as for lint)
  -h, --help                show this help

Exit codes:
  0  the letter (or memo) was written
  1  the request has error findings (placeholders "…" included): they are listed on stdout and
     nothing is written; --draft renders it anyway
  2  usage error: no --request, an unknown request (with the nearest names), unreadable paths,
     --out in a folder that does not exist, an existing file without --force, a file that cannot
     be written
`;
