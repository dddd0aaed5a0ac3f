import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cacheDirectory } from '../../server/src/node/codeCache';

const LOAD = join(__dirname, 'codeCache', 'load.ts');

describe('the code cache of dist/server.js (server/src/node/codeCache.ts)', () => {
  const root = mkdtempSync(join(tmpdir(), 'contact-json-code-cache-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const bundle = join(root, 'bundle.js');
  const cacheDir = join(root, 'cache');
  writeFileSync(bundle, "const { join } = require('node:path');\nmodule.exports = { answer: () => 6 * 7, folder: join(__dirname, 'x') };\n");

  /** Loads the bundle in a fresh process, which exits cleanly (saving the cache). */
  const load = () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', LOAD, bundle, cacheDir], { encoding: 'utf8' })) as { cache: string; answer: number; folder: string };
  const caches = () => readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'));

  test('the first start has none and writes one for this user alone; the next uses it', () => {
    assert.deepEqual(load(), { cache: 'missing', answer: 42, folder: join(root, 'x') });
    const [name] = caches();
    assert.match(name, /^bundle-[0-9a-f]{32}\.v8cache$/);
    if (process.platform !== 'win32') {
      assert.equal(statSync(join(cacheDir, name)).mode & 0o777, 0o600);
      assert.equal(statSync(cacheDir).mode & 0o777, 0o700);
    }
    assert.equal(load().cache, 'used');
    assert.equal(readdirSync(cacheDir).length, 1, 'no temporary file left');
  });

  test('bytes V8 does not take are rejected, the bundle still runs, and the cache is written again', () => {
    const [name] = caches();
    writeFileSync(join(cacheDir, name), Buffer.from('not a code cache'), { mode: 0o600 });
    assert.deepEqual(load(), { cache: 'rejected', answer: 42, folder: join(root, 'x') });
    assert.equal(load().cache, 'used');
  });

  test('a cache others can write, or a link in its place, is not read', { skip: process.platform === 'win32' }, () => {
    const [name] = caches();
    for (const mode of [0o666, 0o620]) {
      chmodSync(join(cacheDir, name), mode);
      assert.equal(load().cache, 'untrusted', `mode ${mode.toString(8)}`);
      assert.equal(load().cache, 'used', 'replaced by a file of ours');
    }
    rmSync(join(cacheDir, name));
    symlinkSync(join(root, 'bundle.js'), join(cacheDir, name));
    assert.equal(load().cache, 'untrusted');
    assert.equal(load().cache, 'used');
  });

  test('another bundle gets its own cache, and only the last few are kept', () => {
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 4; i++) {
      const path = join(cacheDir, `bundle-${String(i).repeat(32)}.v8cache`);
      writeFileSync(path, 'old', { mode: 0o600 });
      utimesSync(path, old - i, old - i);
    }
    writeFileSync(bundle, "module.exports = { answer: () => 43, folder: __dirname };\n");
    assert.deepEqual(load(), { cache: 'missing', answer: 43, folder: root });
    assert.equal(caches().length, 3);
    assert.ok(caches().includes(`bundle-${'0'.repeat(32)}.v8cache`), 'the most recent of the others is kept');
  });

  test('the cache folder is the system\'s per-user one, or none when turned off', () => {
    assert.equal(cacheDirectory({}, 'linux', '/home/ana'), '/home/ana/.cache/contact-json');
    assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ana'), '/xdg/contact-json');
    assert.equal(cacheDirectory({}, 'darwin', '/Users/ana'), '/Users/ana/Library/Caches/contact-json');
    assert.equal(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'), join('C:\\Users\\ana\\AppData\\Local', 'contact-json', 'Cache'));
    assert.equal(cacheDirectory({}, 'win32', 'C:\\Users\\ana'), undefined);
    assert.equal(cacheDirectory({}, 'linux', ''), undefined);
    assert.equal(cacheDirectory({ CONTACT_JSON_CACHE_DIR: '/tmp/cc' }, 'linux', '/home/ana'), '/tmp/cc');
    assert.equal(cacheDirectory({ CONTACT_JSON_CODE_CACHE: 'off', CONTACT_JSON_CACHE_DIR: '/tmp/cc' }, 'linux', '/home/ana'), undefined);
  });
});
