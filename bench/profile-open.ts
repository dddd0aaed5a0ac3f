// Temporary: profile a fresh server opening the large document.
import { BenchClient } from './lspClient';
import { largeDocument } from './data';
import { readFileSync } from 'node:fs';
const server = process.argv[2] ?? 'dist/server.js';
process.env.PROF_TARGET = require('node:path').resolve(server);
(async () => {
  const small = readFileSync('examples/valid.contact.json', 'utf8');
  const large = largeDocument(4000, 100);
  const client = await BenchClient.start('x', '/tmp/prof/wrap.js', process.argv.slice(3));
  await client.open('file:///s.contact.json', small);
  const r = await client.open('file:///l.contact.json', large);
  console.log('large open', r.ms.toFixed(1), 'ms', 'rss', ((client.peakRss() ?? 0) / 1048576).toFixed(1));
  await client.stop();
})().catch((e) => { console.error(e); process.exit(1); });
