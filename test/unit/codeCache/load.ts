// Run in a child process by codeCache.test.ts: loads a bundle with its code cache, as dist/server.js
// does, prints what happened, and exits cleanly (which saves the cache). A process of its own,
// because V8 remembers what it compiled: a second load in one process would not read the cache.
import { loadWithCodeCache } from '../../../server/src/node/codeCache';

const [bundle, directory] = process.argv.slice(2);
const loaded = loadWithCodeCache(bundle, { directory, saveAfterMs: 60_000 });
const exports = loaded.exports as { answer(): number; folder: string };
process.stdout.write(JSON.stringify({ cache: loaded.cache, answer: exports.answer(), folder: exports.folder }));
