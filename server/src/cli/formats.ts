import type { Diagnostic } from 'vscode-languageserver-types';
import { version } from '../../../package.json';
import { defaultSeverity, RULE_CODES, RULE_DESCRIPTIONS } from './rules';

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** One checked document, as the formats see it. */
export interface FileReport {
  /** As shown: relative to the current folder with forward slashes, or absolute when outside it. */
  file: string;
  diagnostics: Diagnostic[];
  /** `--fix` changed the file. */
  fixed: boolean;
}

export interface FormatContext {
  color: boolean;
  /** The current folder (the base of relative paths) as a file URL ending in `/`, for SARIF's `%SRCROOT%`. */
  cwdUri: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** LSP severities 1-4; hints (never produced) count as info. */
export function severityOf(diagnostic: Diagnostic): Severity {
  return diagnostic.severity === 1 || diagnostic.severity === undefined ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info';
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(reports: FileReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const diagnostic of report.diagnostics) counts[severityOf(diagnostic)]++;
  return counts;
}

/** Everything the chosen format writes to stdout (empty when it has nothing to say). */
export function formatReports(format: FormatName, reports: FileReport[], context: FormatContext): string {
  switch (format) {
    case 'stylish':
      return stylish(reports, context.color);
    case 'compact':
      return compact(reports);
    case 'json':
      return json(reports);
    case 'sarif':
      return sarif(reports, context);
    case 'github':
      return github(reports);
  }
}

// Line and column of a diagnostic, 1-based; the end column is exclusive (LSP's end + 1).
const startLine = (d: Diagnostic) => d.range.start.line + 1;
const startColumn = (d: Diagnostic) => d.range.start.character + 1;
const endLine = (d: Diagnostic) => d.range.end.line + 1;
const endColumn = (d: Diagnostic) => d.range.end.character + 1;
const codeOf = (d: Diagnostic) => String(d.code ?? '');
/** LSP 3.18 allows markup in messages; the service writes plain text, but take either. */
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
/** One line per problem: a message never spans lines in the line-based formats. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ');

// --- stylish: grouped by file, aligned columns, a summary line -------------------------------
// Columns: position, severity, code, message. eslint puts the rule last, padding every message
// to the longest; ours run to 200 characters (an enum's valid values), which would push every
// code of the file off the screen. The code comes before the message, so nothing moves it.

const ANSI = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 } as const;

function stylish(reports: FileReport[], color: boolean): string {
  const paint = (style: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const severityColor = { error: 'red', warning: 'yellow', info: 'cyan' } as const;
  const lines: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    lines.push(paint('underline', report.file));
    const rows = report.diagnostics.map((d) => ({ at: `${startLine(d)}:${startColumn(d)}`, severity: severityOf(d), message: oneLine(messageOf(d)), code: codeOf(d) }));
    // Widths over all rows of the file, so that each column starts at the same place.
    const atWidth = Math.max(...rows.map((row) => row.at.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const codeWidth = Math.max(...rows.map((row) => row.code.length));
    for (const row of rows) {
      const severity = paint(severityColor[row.severity], row.severity.padEnd(severityWidth));
      lines.push(`  ${paint('dim', row.at.padEnd(atWidth))}  ${severity}  ${paint('dim', row.code.padEnd(codeWidth))}  ${row.message}`);
    }
    lines.push('');
  }
  const counts = countSeverities(reports);
  const total = counts.error + counts.warning + counts.info;
  const withProblems = reports.filter((report) => report.diagnostics.length > 0).length;
  const fixed = reports.filter((report) => report.fixed).length;
  const fixedNote = fixed > 0 ? `; fixed ${plural(fixed, 'file')}` : '';
  if (total === 0) {
    lines.push(paint('green', `✔ ${plural(reports.length, 'file')} checked, no problems${fixedNote}`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [`${counts.info} info`] : [])];
    const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${withProblems} of ${plural(reports.length, 'file')} checked${fixedNote}`;
    lines.push(paint('bold', paint(counts.error > 0 ? 'red' : 'yellow', summary)));
  }
  return lines.join('\n') + '\n';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// --- compact: one grep-able line a problem ---------------------------------------------------

function compact(reports: FileReport[]): string {
  let out = '';
  for (const report of reports) {
    for (const d of report.diagnostics) out += `${report.file}:${startLine(d)}:${startColumn(d)}: ${severityOf(d)} ${codeOf(d)} ${oneLine(messageOf(d))}\n`;
  }
  return out;
}

// --- json: every checked file, with its problems ---------------------------------------------

/** One diagnostic as `--format json` writes it (and the library returns it, with more). */
export function jsonDiagnostic(d: Diagnostic) {
  return { line: startLine(d), column: startColumn(d), endLine: endLine(d), endColumn: endColumn(d), severity: severityOf(d), code: codeOf(d), message: messageOf(d) };
}

function json(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    ...(report.fixed ? { fixed: true } : {}),
    diagnostics: report.diagnostics.map(jsonDiagnostic),
  }));
  return JSON.stringify(files, null, 2) + '\n';
}

// --- sarif: SARIF 2.1.0 for code-scanning uploads ---------------------------------------------

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function sarif(reports: FileReport[], context: FormatContext): string {
  // Every code the product has, so a viewer can show a rule that has no result today; plus any
  // code a result uses beyond them (the "too many problems" notice).
  const codes = [...RULE_CODES];
  for (const report of reports) for (const d of report.diagnostics) if (!codes.includes(codeOf(d))) codes.push(codeOf(d));
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'contact-json',
            version,
            semanticVersion: version,
            rules: codes.map((code) => ({
              id: code,
              name: code,
              shortDescription: { text: Object.hasOwn(RULE_DESCRIPTIONS, code) ? RULE_DESCRIPTIONS[code] : code },
              defaultConfiguration: { level: RULE_CODES.includes(code) ? SARIF_LEVEL[defaultSeverity(code)] : 'note' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: context.cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.diagnostics.map((d) => ({
            ruleId: codeOf(d),
            ruleIndex: ruleIndex.get(codeOf(d)),
            level: SARIF_LEVEL[severityOf(d)],
            message: { text: messageOf(d) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(report.file),
                  region: { startLine: startLine(d), startColumn: startColumn(d), endLine: endLine(d), endColumn: endColumn(d) },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative path stays relative to `%SRCROOT%` (what code scanning expects); an absolute one becomes a file URL. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/')) return { uri: 'file://' + encodePath(file) };
  if (/^[a-zA-Z]:\//.test(file)) return { uri: 'file:///' + encodePath(file) };
  return { uri: encodePath(file), uriBaseId: '%SRCROOT%' };
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^[a-zA-Z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

// --- github: workflow commands that become annotations -----------------------------------------

const GITHUB_COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function github(reports: FileReport[]): string {
  let out = '';
  for (const report of reports) {
    for (const d of report.diagnostics) {
      // GitHub's end column is inclusive: the last character, not the one after it.
      const properties = [
        `file=${escapeProperty(report.file)}`,
        `line=${startLine(d)}`,
        `col=${startColumn(d)}`,
        `endLine=${endLine(d)}`,
        `endColumn=${Math.max(endColumn(d) - 1, endLine(d) === startLine(d) ? startColumn(d) : 1)}`,
        `title=${escapeProperty(codeOf(d))}`,
      ];
      out += `::${GITHUB_COMMAND[severityOf(d)]} ${properties.join(',')}::${escapeData(messageOf(d))}\n`;
    }
  }
  return out;
}

/** The escapes of GitHub's workflow-command syntax (as in @actions/core). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
