// assertValid(): for fixtures kept in code. A plain Error subclass, so that node:test, Jest,
// Vitest and Mocha show its message as it is, with no plugin; the message names each problem by
// its JSON path, since a value written in code has no line numbers of its own.
import type { AssertOptions, Diagnostic } from '../../../types';
import { check } from './text';

export class ContactJsonAssertionError extends Error {
  readonly code = 'ERR_CONTACT_JSON';
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[], fileName?: string) {
    const count = `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}`;
    const lines = diagnostics.map((d) => `  ${d.path}: ${d.message} (${d.severity} ${d.code})`);
    super(`Not valid contact JSON${fileName === undefined ? '' : ` (${fileName})`}: ${count}\n${lines.join('\n')}`);
    this.name = 'ContactJsonAssertionError';
    this.diagnostics = diagnostics;
  }
}

export function assertValid(value: unknown, options: AssertOptions = {}): void {
  const { failOnWarnings = false, ...checkOptions } = options;
  // Two spaces, so that a fixture's problems are placed as in a file written by hand.
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text === undefined) throw new TypeError(`contact-json: assertValid() needs a JSON value or text, not ${typeof value}`);
  const failing = check(text, checkOptions).filter((d) => d.severity === 'error' || (failOnWarnings && d.severity === 'warning'));
  if (failing.length > 0) throw new ContactJsonAssertionError(failing, options.fileName);
}
