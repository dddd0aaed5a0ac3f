// Neovim end to end: headless Neovim (Debian's `neovim`) with the README's plain vim.lsp
// configuration starts contact-json-language-server --stdio (the package's binary, on PATH),
// opens the mistakes example, and must show every diagnostic at its place with its code and message.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MISTAKES, brief } from './expected';
import { run } from './lib/run';
import { serverOnPath } from './lib/serverOnPath';

const ROOT = join(__dirname, '..', '..');

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source: string;
  code: string;
  message: string;
}

test('Neovim shows every mistake of examples/mistakes.contact.json', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contact-json-nvim-'));
  try {
    const out = join(scratch, 'diagnostics.json');
    await run('nvim', ['--headless', '--clean', '-u', join(__dirname, 'neovim', 'diagnostics.lua'), join(ROOT, 'examples', 'mistakes.contact.json')], {
      CONTACT_JSON_CONFIG: join(__dirname, 'neovim', 'contact-json.lua'),
      PATH: serverOnPath(scratch),
      CONTACT_JSON_OUT: out,
      XDG_STATE_HOME: scratch, // the LSP log
      XDG_DATA_HOME: scratch,
      XDG_CACHE_HOME: scratch,
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { filetype: string; diagnostics: NeovimDiagnostic[] };
    assert.equal(result.filetype, 'contact-json');
    const shown = result.diagnostics
      .sort((a, b) => a.lnum - b.lnum || a.col - b.col)
      .map((d) => brief({ line: d.lnum, character: d.col }, { line: d.end_lnum, character: d.end_col }, d.code, d.message));
    assert.deepEqual(shown, MISTAKES);
    assert.ok(result.diagnostics.every((d) => d.source === 'contact-json' && d.severity === 1));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
