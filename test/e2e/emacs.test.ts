// Emacs end to end: Emacs (Debian's `emacs-nox`) with eglot (`elpa-eglot`) and the README's
// configuration starts contact-json-language-server --stdio (the package's binary, on PATH), visits
// the mistakes example, and Flymake must show every diagnostic at its place, with its code and message.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MISTAKES, brief } from './expected';
import { run } from './lib/run';
import { serverOnPath } from './lib/serverOnPath';

const ROOT = join(__dirname, '..', '..');

interface FlymakeDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  type: string;
  text: string;
}

test('Emacs with eglot shows every mistake of examples/mistakes.contact.json', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contact-json-emacs-'));
  try {
    const out = join(scratch, 'diagnostics.json');
    await run('emacs', ['--batch', '-l', join(__dirname, 'emacs', 'diagnostics.el'), join(ROOT, 'examples', 'mistakes.contact.json')], {
      CONTACT_JSON_CONFIG: join(__dirname, 'emacs', 'contact-json.el'),
      PATH: serverOnPath(scratch),
      CONTACT_JSON_OUT: out,
      HOME: scratch, // eglot and project.el write their state there
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { mode: string; diagnostics: FlymakeDiagnostic[] };
    assert.equal(result.mode, 'contact-json-mode');
    // eglot shows "source [code]: message".
    const shown = result.diagnostics.map((d) => {
      const match = /^contact-json \[([^\]]+)\]: (.*)$/s.exec(d.text);
      assert.ok(match, `not "contact-json [code]: message": ${d.text}`);
      assert.equal(d.type, 'eglot-error');
      return brief({ line: d.line - 1, character: d.column }, { line: d.endLine - 1, character: d.endColumn }, match[1], match[2]);
    });
    assert.deepEqual(shown, MISTAKES);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
