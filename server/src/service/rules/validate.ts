import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { missingMemberProblems } from './alwaysSent';
import { crossFieldProblems } from './crossField';
import { epochMillisecondsProblem } from './milliseconds';
import { schemaProblems } from './explain';
import { lookalikeProblems } from './lookalike';
import { separateNewerData } from './newer';
import { takeBatches, type ParsedDocument } from '../reading/parse';
import { locate, locateInValidJson, positionsAt, toPointer, type NodeSpan } from '../reading/positions';
import { displayName, withPointers, type DiagnosticData, type PlacedFix, type Problem } from './problem';
import { endOfString } from '../reading/skim';
import { findTimestamps } from '../reading/timestamps';
import type { CompiledSchema } from '../schema/compiled';
import { NEUTRAL_WORDS, type SettingWords } from './settingWords';

export const SOURCE = 'contact-json';

export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

export interface ValidationOptions {
  /** Severity per code, overriding the defaults below (`off` drops the code). */
  rules?: Record<string, RuleSetting>;
  /**
   * How the surface showing the diagnostics names the model version and size limit settings,
   * for the `newer-api` and `too-large` messages (settingWords.ts); neutral words without it.
   */
  settingWords?: SettingWords;
}

/** Codes reported only when a setting turns them on (they flag what is no mistake in a fixture). */
export const OFF_BY_DEFAULT_CODES = ['missing-member'];

/** Codes beyond the specification: warnings unless the settings say otherwise. Every other code is an error. */
export const WARNING_CODES = ['arn-format', 'arn-id-mismatch', 'instance-mismatch', 'timestamp-order', 'epoch-milliseconds', 'self-reference', 'pause-inconsistent', 'too-large', 'newer-api'];

/** More than this many problems are summed up in one last diagnostic: a list nobody reads helps no one. */
export const MAX_DIAGNOSTICS = 1000;

const severities: Record<Exclude<RuleSetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A document's diagnostics, with the [start, end] offsets of each (to move them after an edit). */
export interface Validation {
  diagnostics: Diagnostic[];
  offsets: [number, number][];
}

/**
 * Every problem of one document: syntax, duplicate keys, schema violations, 64-bit bounds
 * and the cross-field checks, each with its code, the range of the token at fault, and the
 * fixes a code action can apply (`data.fixes`).
 */
export function doValidation(
  document: TextDocument,
  parsed: ParsedDocument,
  schema: CompiledSchema,
  options: ValidationOptions = {},
  newer?: () => CompiledSchema,
): Diagnostic[] {
  return validateDocument(document, parsed, schema, options, newer).diagnostics;
}

/** `doValidation`, with the offsets of each diagnostic. */
export function validateDocument(
  document: TextDocument,
  parsed: ParsedDocument,
  schema: CompiledSchema,
  options: ValidationOptions = {},
  newer?: () => CompiledSchema,
): Validation {
  const text = document.getText();
  // Placed first by offset; ranges are given at the end, all in one pass (positionsAt).
  const found: { diagnostic: Diagnostic; offsets: [number, number] }[] = [];
  const rules = options.rules ?? {};
  const words = options.settingWords ?? NEUTRAL_WORDS;
  const add = (offset: number, length: number, code: string, message: string, fixes: PlacedFix[] = [], modelVersion?: string) => {
    const setting = Object.hasOwn(rules, code) ? rules[code] : OFF_BY_DEFAULT_CODES.includes(code) ? 'off' : WARNING_CODES.includes(code) ? 'warning' : 'error';
    if (setting === 'off' || !Object.hasOwn(severities, setting)) return;
    const diagnostic: Diagnostic = {
      range: Range.create(0, 0, 0, 0),
      severity: severities[setting as Exclude<RuleSetting, 'off'>],
      source: SOURCE,
      code,
      message,
    };
    if (fixes.length > 0 || modelVersion !== undefined) diagnostic.data = { fixes, ...(modelVersion !== undefined ? { modelVersion } : {}) } satisfies DiagnosticData;
    found.push({ diagnostic, offsets: [offset, offset + length] });
  };

  if (parsed.tooLarge !== undefined) {
    const { length, limit } = parsed.tooLarge;
    const firstLine = text.slice(0, 200).split(/\r?\n/)[0].length;
    // Rounded alike, "10 MB, more than 10 MB" would read as a contradiction: then say both exactly.
    const exact = megabytes(length) === megabytes(limit);
    const [size, max] = [length, limit].map((characters) => (exact ? String(characters / 1_000_000) : megabytes(characters)));
    add(0, firstLine, 'too-large', `This document has ${size} MB of text, more than ${words.sizeLimit} (${max} MB): it is not checked. ${words.raiseSizeLimit} to check it.`);
    return placed(document, found);
  }
  for (const error of parsed.syntaxErrors) add(error.offset, error.length, 'json-syntax', error.message);
  for (const duplicate of parsed.duplicateKeys) {
    const key = text.substr(duplicate.offset, duplicate.length);
    const earlier = text.slice(duplicate.earlierOffset, endOfString(text, duplicate.earlierOffset));
    add(duplicate.offset, duplicate.length, 'duplicate-key', duplicate.message, [
      { title: `Remove the earlier "${duplicate.key}"`, certain: false, offset: duplicate.earlierOffset, length: 0, newText: '', removeMemberAt: duplicate.earlierOffset, expected: earlier },
      { title: `Remove this "${duplicate.key}"`, certain: false, offset: duplicate.offset, length: 0, newText: '', removeMemberAt: duplicate.offset, expected: key },
    ]);
  }
  // An array document on the fast path is checked a batch of items at a time (parse.ts).
  const problems = parsed.inBatches === true && parsed.itemStarts !== undefined ? problemsInBatches(text, parsed.itemStarts, parsed, schema, words, newer) : parsed.value !== undefined ? problemsOf(parsed, schema, words, newer) : [];
  // Off by default, and a walk of the whole document: made only when a setting asks for it.
  if (Object.hasOwn(rules, 'missing-member') && rules['missing-member'] !== 'off' && parsed.value !== undefined) problems.push(...missingMemberProblems(schema.root, parsed.value));
  if (problems.length > 0) {
    const pointers = new Set(problems.flatMap((problem) => [problem.pointer, ...(problem.fixes ?? []).map((fix) => fix.pointer ?? problem.pointer)]));
    const spans = parsed.fastPath === true ? locateInValidJson(text, pointers, parsed.itemStarts) : locate(text, pointers);
    for (const problem of problems) {
      const span = spans.get(problem.pointer);
      let [offset, length] = span === undefined ? [0, 0] : problem.onKey && span.keyOffset !== undefined ? [span.keyOffset, span.keyLength ?? 0] : [span.offset, span.length];
      // Without a span the text and the value disagree (never expected): keep the problem, at the start.
      if (problem.code === 'not-a-contact') length = firstLineLength(text, offset);
      add(offset, length, problem.code, problem.message, placeFixes(text, problem, spans), problem.modelVersion);
    }
  }
  found.sort((a, b) => a.offsets[0] - b.offsets[0]);
  const total = found.length;
  if (total > MAX_DIAGNOSTICS) found.length = MAX_DIAGNOSTICS;
  const validation = placed(document, found);
  if (total > MAX_DIAGNOSTICS) {
    validation.diagnostics.push({
      range: Range.create(0, 0, 0, 0),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'too-many-problems',
      message: `Showing the first ${MAX_DIAGNOSTICS} of ${total} problems in this document.`,
    });
    validation.offsets.push([0, 0]);
  }
  return validation;
}

/** The diagnostics with their ranges, from their offsets. */
function placed(document: TextDocument, found: { diagnostic: Diagnostic; offsets: [number, number] }[]): Validation {
  const positions = positionsAt(document, found.flatMap(({ offsets }) => offsets));
  return {
    diagnostics: found.map(({ diagnostic }, index) => ({ ...diagnostic, range: { start: positions[2 * index], end: positions[2 * index + 1] } })),
    offsets: found.map(({ offsets }) => offsets),
  };
}

/** The problems of a parsed value: the schema's, the newer model's, the cross-field checks', the look-alikes'. */
function problemsOf(parsed: ParsedDocument, schema: CompiledSchema, words: SettingWords, newer?: () => CompiledSchema): Problem[] {
  const value = parsed.value;
  const lookalikes = lookalikeProblems(value);
  let problems = schemaProblems(parsed, schema);
  if (newer !== undefined && problems.length > 0) problems = separateNewerData(parsed, problems, schema, newer(), words);
  problems.push(...crossFieldProblems(value, schema), ...millisecondProblems(parsed, schema));
  // A look-alike gets its one sentence, not the member-by-member noise under it.
  problems = problems.filter((problem) => !lookalikes.some(({ pointer }) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`)));
  problems.push(...lookalikes);
  return problems;
}

/**
 * `problemsOf` an array document, read a batch of items at a time: each batch is checked as
 * an array of its own, and its problems moved to the items' places in the whole.
 */
function problemsInBatches(text: string, itemStarts: number[], parsed: ParsedDocument, schema: CompiledSchema, words: SettingWords, newer?: () => CompiledSchema): Problem[] {
  const problems: Problem[] = [];
  for (const { first, items } of takeBatches(parsed, text, itemStarts)) {
    const batch: ParsedDocument = { value: items, syntaxErrors: [], duplicateKeys: [], bigNumbers: [], fastPath: true, mayHaveMilliseconds: parsed.mayHaveMilliseconds };
    for (const problem of problemsOf(batch, schema, words, newer)) problems.push(first === 0 ? problem : withPointers(problem, (pointer) => shiftItem(pointer, first)));
  }
  return problems;
}

/** `/3/Tags` -> `/(3 + by)/Tags`: a pointer into a batch, made a pointer into the whole array. */
function shiftItem(pointer: string, by: number): string {
  if (pointer === '') return pointer;
  const end = pointer.indexOf('/', 1);
  return `/${Number(pointer.slice(1, end < 0 ? undefined : end)) + by}${end < 0 ? '' : pointer.slice(end)}`;
}

/** From `offset` to the end of its line (at least one character): "on its first line". */
function firstLineLength(text: string, offset: number): number {
  const end = text.slice(offset, offset + 500).search(/\r|\n/);
  return Math.max(1, end < 0 ? Math.min(500, text.length - offset) : end);
}

/** Megabytes of text, to one decimal; two significant digits below 0.1 MB, so that a small limit does not read as 0 MB. */
function megabytes(length: number): string {
  const value = length / 1_000_000;
  return value >= 0.1 ? value.toFixed(1).replace(/\.0$/, '') : String(Number(value.toPrecision(2)));
}

function placeFixes(text: string, problem: Problem, spans: Map<string, NodeSpan>): PlacedFix[] {
  const placed: PlacedFix[] = [];
  for (const fix of problem.fixes ?? []) {
    const span = spans.get(fix.pointer ?? problem.pointer);
    if (span === undefined) continue;
    const { title, certain } = fix;
    if (fix.kind === 'take-value') {
      // The member at `fix.pointer` takes the value of the problem's member, which goes.
      const source = spans.get(problem.pointer);
      if (source?.keyOffset === undefined) continue;
      const member = text.slice(source.keyOffset, source.offset + source.length);
      const remove = { offset: source.keyOffset, length: 0, newText: '', removeMemberAt: source.keyOffset, expected: member };
      placed.push({ title, certain, offset: span.offset, length: span.length, newText: text.substr(source.offset, source.length), expected: text.substr(span.offset, span.length), also: [remove] });
    } else if (fix.kind === 'remove-member' || fix.kind === 'rename-key') {
      if (span.keyOffset === undefined) continue;
      const key = text.substr(span.keyOffset, span.keyLength ?? 0);
      if (fix.kind === 'remove-member') placed.push({ title, certain, offset: span.keyOffset, length: 0, newText: '', removeMemberAt: span.keyOffset, expected: key });
      else placed.push({ title, certain, offset: span.keyOffset, length: key.length, newText: fix.newText ?? '', expected: key });
    } else {
      placed.push({ title, certain, offset: span.offset, length: span.length, newText: fix.newText ?? '', expected: text.substr(span.offset, span.length) });
    }
  }
  return placed;
}

function millisecondProblems(parsed: ParsedDocument, schema: CompiledSchema): Problem[] {
  const problems: Problem[] = [];
  if (parsed.mayHaveMilliseconds === false) return problems;
  for (const { path, value } of findTimestamps(schema.root, parsed.value)) {
    if (typeof value !== 'number') continue;
    const problem = epochMillisecondsProblem(toPointer(path), displayName(parsed.value, path.map(String)), value);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}
