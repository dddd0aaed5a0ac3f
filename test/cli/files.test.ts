// node/files.ts walks the folders itself when the globs allow it: it must find exactly what the
// tinyglobby crawl (used for the other globs) finds, links, dot folders and exclusions included.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { glob } from 'tinyglobby';
import { fileMatcher, type FileFilter } from '../../server/src/fileFilter';
import { findContactFiles } from '../../server/src/node/files';

/** What findContactFiles returned before the walk: tinyglobby, then the same matcher. */
async function byTinyglobby(root: string, filter: FileFilter): Promise<string[]> {
  const prunable = filter.exclude.filter((pattern) => pattern.startsWith('**/'));
  const paths = await glob(filter.files, { cwd: root, ignore: prunable, dot: true, followSymbolicLinks: false, onlyFiles: true });
  const matches = fileMatcher(filter);
  return paths.filter((path) => matches(path) && !path.split('/').includes('..')).map((path) => `${root}/${path}`).sort();
}

describe('node/files.ts: the walk finds what the glob crawl finds', () => {
  const root = mkdtempSync(join(tmpdir(), 'contact-json-files-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const path of ['a.contact.json', 'b.json', '.hidden/c.contact.json', 'node_modules/x/d.contact.json', 'deep/er/e.contact.json', 'we ird[1]/f.contact.json', 'real/g.contact.json', 'x/h.json']) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '{}');
  }
  symlinkSync(join(root, 'real', 'g.contact.json'), join(root, 'link.contact.json'));
  symlinkSync(join(root, 'real'), join(root, 'linked-folder'));
  symlinkSync(join(root, 'nowhere'), join(root, 'dangling.contact.json'));

  const filters: FileFilter[] = [
    { files: ['**/*.contact.json'], exclude: ['**/node_modules/**'] },
    { files: ['**/*.json'], exclude: ['**/real/**', 'we ird[1]/**'] },
    { files: ['**/*.json'], exclude: [] },
    { files: ['**/*.contact.json', '**/x/*.json'], exclude: ['**/.hidden/**', '**/*.tmp'] },
    { files: ['**/*.contact.json'], exclude: ['**/node_modules'] },
  ];
  for (const filter of filters) {
    test(JSON.stringify(filter), async () => {
      assert.deepEqual(await findContactFiles(root, filter), await byTinyglobby(root, filter));
    });
  }
  test('a folder that does not exist has no files', async () => {
    assert.deepEqual(await findContactFiles(join(root, 'missing'), filters[0]), []);
  });
});
