import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SERVICE = join(__dirname, '..', '..', 'server', 'src', 'service');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('the service imports no connection, editor or Node module, and nothing outside itself (it knows no format)', () => {
  const offenders: string[] = [];
  for (const file of sources(SERVICE)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const where = `${relative(SERVICE, file)}: ${specifier}`;
      if (specifier.startsWith('.')) {
        if (relative(SERVICE, resolve(dirname(file), specifier)).startsWith('..')) offenders.push(where);
      } else if (!['ajv', 'jsonc-parser', 'vscode-languageserver-types', 'vscode-languageserver-textdocument'].some((allowed) => specifier === allowed || specifier.startsWith(`${allowed}/`))) {
        offenders.push(where);
      }
    }
  }
  assert.deepEqual(offenders, []);
});
