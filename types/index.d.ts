// The library's API (`import { check } from 'contact-json'`), written by hand: it is small, and
// the implementation (server/src/library/) takes its types from here, so the two cannot drift.
// The formats' types are generated from the schemas (types/formats/, scripts/generate-types.ts).

export type { Contact, ContactDocument, ContactFile, DescribeContactResponse } from './formats/contact';
export type { ContactFlowEvent, ContactFlowEventFile } from './formats/contact-flow-event';
export type { ContactTraceRecord, ContactTraceRecord as ContactRecord, ContactRecordFile } from './formats/contact-record';
export type { ContactEvent, ContactEventDetail, ContactEventDocument, ContactEventFile } from './formats/contact-event';
/** Every shape of each format, by its schema's name (`Formats.ContactRecord.Agent`, ...). */
export * as Formats from './shapes';

/** The formats a document can be read as: DescribeContact, Lambda event, contact record (CTR), EventBridge event. */
export type FormatId = 'contact' | 'contact-flow-event' | 'contact-record' | 'contact-event';
/** The Amazon Connect model checked against: the specified 2024-09 (default) or that of August 2026. */
export type ModelVersion = '2024-09' | '2026-08';
export type RuleSetting = 'error' | 'warning' | 'info' | 'off';
export type Severity = 'error' | 'warning' | 'info';

export interface CheckOptions {
  /** The file the text comes from, for `readAs` globs (which are relative to the current folder, as the command line's). */
  fileName?: string;
  /** Default '2024-09'; under it, what only 2026-08 allows is a `newer-api` warning. */
  modelVersion?: ModelVersion;
  /** Severity per rule code, as the editor's `contactJson.rules`: `{ 'arn-format': 'off' }`. */
  rules?: Record<string, RuleSetting>;
  /**
   * Read the text as this format whatever its members say (a fixture too partial to show its
   * format), or, by globs matched against `fileName`: `{ 'fixtures/ctr/*.json': 'contact-record' }`.
   * By default each document is read as the format its top-level members show.
   */
  readAs?: FormatId | Record<string, FormatId>;
  /** Texts larger than this many MB (1 MB = 1,000,000 characters) are not checked. Default 10. */
  maxFileSize?: number;
}

/** One problem, as the editor and the command line report it. */
export interface Diagnostic {
  /** The rule code: `enum`, `unknown-property`, `timestamp-order`, ... (README, "Rules"). */
  code: string;
  severity: Severity;
  message: string;
  /** Where the problem is, as a JSON path: `$`, `$.Details.ContactData.Channel`, `$[2].Tags["aws:x"]`. */
  path: string;
  /** 1-based line and column (UTF-16 code units) of the start, as `--format json` gives them. */
  line: number;
  column: number;
  /** 1-based; the end column is the one after the last character. */
  endLine: number;
  endColumn: number;
  /** The editor's quick fixes for it; `certain` ones are those `fix()` applies. */
  fixes: { title: string; certain: boolean }[];
}

export interface CheckFilesOptions extends Omit<CheckOptions, 'fileName' | 'readAs'> {
  /** The folder relative paths and globs start from. Default: process.cwd(). */
  cwd?: string;
  /**
   * Settings as the command line reads them: a `.contact-json.json` or package.json path, or
   * false for none. Default: the nearest `.contact-json.json` or package.json#contactJson above `cwd`.
   * The options given here win over it.
   */
  config?: string | false;
  /** Globs (relative to `cwd`) -> format, as `--read-as`. */
  readAs?: Record<string, FormatId>;
}

export interface FileResult {
  /** Relative to `cwd` with forward slashes (absolute when outside it), as the command line shows it. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface AssertOptions extends CheckOptions {
  /** Fail on warnings too (by default only errors fail). */
  failOnWarnings?: boolean;
}

/** The diagnostics of one document's text (JSON). */
export declare function check(text: string, options?: CheckOptions): Diagnostic[];

/** The text with every certain fix applied (the editor's "Fix all", the command line's --fix); unchanged if none applies. */
export declare function fix(text: string, options?: CheckOptions): string;

/**
 * The diagnostics of files, folders (searched for contact files, by default `**\/*.contact.json`)
 * and globs, as `contact-json [paths...]` checks them. Rejects, as the command line stops, on a
 * path that does not exist, a folder or glob without contact files, or a bad setting.
 */
export declare function checkFiles(paths: string | string[], options?: CheckFilesOptions): Promise<FileResult[]>;

/**
 * Throws a {@link ContactJsonAssertionError} listing every error (with `failOnWarnings`, every
 * warning too) of a fixture: a value (checked as JSON.stringify writes it) or a JSON text.
 */
export declare function assertValid(value: unknown, options?: AssertOptions): void;

/** What assertValid throws: an Error whose message lists each problem with its JSON path. */
export declare class ContactJsonAssertionError extends Error {
  readonly code: 'ERR_CONTACT_JSON';
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], fileName?: string);
}
