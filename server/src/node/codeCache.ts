import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

// Starting the server compiles its bundle, and the first document compiles every function it
// runs: a tenth of a second of a cold start goes to work that is the same every time. V8 can
// save that work (a "code cache") and take it back on the next start. We keep one per user and
// per bundle: the file name is a hash of the bundle's bytes and of the engine, so a new version
// of either never meets an old cache. What we read is checked before V8 sees it (a regular file
// of ours, not writable by others), and V8 checks it again (its version, flags and source) and
// rejects what does not match: then the bundle is compiled as usual and the cache rewritten.

export interface CodeCacheOptions {
  /** Where caches are kept; undefined: no cache (the bundle is loaded as `require` would). */
  directory: string | undefined;
  /** When to save a cache first, in ms after loading: late enough that the first document's functions are compiled and go in too. */
  saveAfterMs: number;
}

export interface Loaded {
  exports: unknown;
  /** What happened to the cache: for tests and the bench. */
  cache: 'off' | 'used' | 'missing' | 'rejected' | 'untrusted';
}

/**
 * The per-user cache folder, as each system names one: CONTACT_JSON_CACHE_DIR if set, and none
 * at all when CONTACT_JSON_CODE_CACHE is `off`.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string | undefined {
  if (env.CONTACT_JSON_CODE_CACHE === 'off') return undefined;
  if (env.CONTACT_JSON_CACHE_DIR) return env.CONTACT_JSON_CACHE_DIR;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'contact-json', 'Cache') : undefined;
  if (home === '') return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'contact-json');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'contact-json');
}

/** Loads a CommonJS bundle as `require(file)` does, compiled with its code cache when there is a good one. */
export function loadWithCodeCache(file: string, options: CodeCacheOptions): Loaded {
  const source = readFileSync(file, 'utf8');
  const name = basename(file, '.js');
  const cacheFile = options.directory === undefined ? undefined : join(options.directory, `${name}-${hashOf(source)}.v8cache`);
  const cached = cacheFile === undefined ? undefined : readTrusted(cacheFile);
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const cache: Loaded['cache'] = cacheFile === undefined ? 'off' : cached === undefined ? 'missing' : cached.untrusted ? 'untrusted' : script.cachedDataRejected ? 'rejected' : 'used';

  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;

  if (cacheFile !== undefined) {
    // Saved once a little after start, unless a cache was used; and again at a clean exit (a
    // server told to shut down, not a usage error or a crash), with whatever the session compiled
    // since: the next start then finds the functions its documents need already compiled.
    if (cache !== 'used') setTimeout(() => writeCache(cacheFile, name, script.createCachedData()), options.saveAfterMs).unref();
    process.once('exit', (code) => {
      if (code === 0) writeCache(cacheFile, name, script.createCachedData());
    });
  }
  return { exports: module.exports, cache };
}

/** Caches of one bundle kept (of its last versions used): a few editors may run different versions at once. */
const KEEP = 3;

/** A hash of everything a cache depends on: the bundle's text and the engine that compiled it. */
function hashOf(source: string): string {
  return createHash('sha256').update(source).update(`\0${process.version}\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 32);
}

/**
 * The cache file's bytes, when it is a regular file of this user that no one else can write
 * (where the system has owners); `untrusted` when it is there but is not.
 */
function readTrusted(path: string): { data?: Buffer; untrusted: boolean } | undefined {
  let descriptor: number;
  try {
    // lstat first: a symbolic link in our place is not ours to follow.
    if (!lstatSync(path).isFile()) return { untrusted: true };
    descriptor = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(descriptor);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return { untrusted: true };
    return { data: readFileSync(descriptor), untrusted: false };
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** Written whole or not at all (a temporary file renamed), readable by this user only; any failure leaves no cache. */
function writeCache(path: string, bundle: string, data: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // An untrusted or rejected file is replaced, not written through.
    rmSync(path, { force: true });
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
    removeOldCaches(dirname(path), bundle);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** Every rebuild or update of a bundle makes a cache of its own: all but the last few used go. */
function removeOldCaches(folder: string, bundle: string): void {
  const prefix = `${bundle}-`;
  const caches = readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.v8cache'))
    .map((name) => ({ path: join(folder, name), used: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of caches.slice(KEEP)) rmSync(old.path, { force: true });
}
