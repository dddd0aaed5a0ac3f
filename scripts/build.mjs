// Bundles the client and the server with esbuild into dist/ (the type check is `tsc --noEmit`).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  // jsonc-parser's package.json points esbuild at its UMD build, which hides its imports.
  mainFields: ['module', 'main'],
  // fdir (under tinyglobby) calls createRequire(import.meta.url), which CommonJS lacks; a path does as well.
  define: { 'import.meta.url': '__filename' },
};

/** Leaves `require(path)` as it is, for a module built into a file of its own beside the bundle. */
function separate(path) {
  const filter = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return { name: 'separate', setup: (build) => build.onResolve({ filter }, () => ({ path: `${path}.js`, external: true })) };
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', plugins: [separate('./model-2026-08'), separate('./formats-2024-09')] }),
  // The newer model, required by dist/server.js only when a document needs it: half of the code it would otherwise load at start.
  esbuild.build({ ...common, entryPoints: ['server/src/model-2026-08.ts'], outfile: 'dist/model-2026-08.js', plugins: [separate('./formats-2026-08')] }),
  // The other formats (Lambda events, records, EventBridge events), required only when a document shows one.
  esbuild.build({ ...common, entryPoints: ['server/src/formats-2024-09.ts'], outfile: 'dist/formats-2024-09.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/formats-2026-08.ts'], outfile: 'dist/formats-2026-08.js' }),
  // VS Code for the Web: the same client and server for the browser; nothing from Node.
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, entryPoints: ['client/src/browser.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js' }),
  // The command line shares the server's separate files: a run on contact files loads neither the newer model nor the other formats.
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [separate('./model-2026-08'), separate('./formats-2024-09')], banner: { js: '#!/usr/bin/env node' } }),
]);
