import assert from 'node:assert/strict';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUris } from '../../server/src/cli/checkFile';
import { displayPath } from '../../server/src/cli/targets';

describe('cli/checkFile.ts: the shortcuts spell paths as Node does', () => {
  test('fileUris equals pathToFileURL, whatever the name or folder holds', () => {
    const fileUri = fileUris();
    const root = join(sep, 'tmp', 'tree');
    const names = ['a.contact.json', 'with space.json', '100%.json', 'hash#.json', 'q?.json', 'é.json', 'back\\slash.json', '.hidden.json', 'a-b_c.json'];
    const folders = [root, join(root, 'sub dir'), join(root, 'ü'), join(root, '50%'), sep];
    for (const folder of folders) {
      for (const name of names) {
        const file = join(folder, name);
        // Twice: the second time the folder's URL comes from the cache.
        assert.equal(fileUri(file), pathToFileURL(file).href, file);
        assert.equal(fileUri(file), pathToFileURL(file).href, file);
      }
    }
  });

  test('displayPath: relative below the current folder, absolute outside it', () => {
    const cwd = join(sep, 'work', 'repo');
    for (const file of [join(cwd, 'a.json'), join(cwd, 'x', 'b.json'), join(sep, 'work', 'repo2', 'c.json'), join(sep, 'elsewhere', 'd.json'), join(cwd, '..a', 'e.json')]) {
      const rel = relative(cwd, file);
      const expected = (rel.startsWith('..' + sep) ? file : rel).split(sep).join('/');
      assert.equal(displayPath(file, cwd), expected, file);
    }
    assert.equal(displayPath(join(cwd, 'a.json'), cwd + sep), 'a.json');
  });
});
