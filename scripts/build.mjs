// Bundles the client and the server with esbuild into dist/ (the type check is `tsc --noEmit`).
import { chmodSync, writeFileSync } from 'node:fs';
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

/** The files dist/server-main.js and dist/library.cjs (the library and the command line) require only when a document needs them. */
const lazyFiles = [separate('./model-2026-08'), separate('./formats-2024-09')];

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // dist/server.js is a small loader: it compiles the server (dist/server-main.js) with V8's code cache.
  // It is also the package's `contact-json-language-server` binary, hence the #! line.
  esbuild.build({ ...common, entryPoints: ['server/src/node/start.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server-main.js', plugins: lazyFiles }),
  // The newer model, required by dist/server-main.js only when a document needs it: half of the code it would otherwise load at start.
  esbuild.build({ ...common, entryPoints: ['server/src/model-2026-08.ts'], outfile: 'dist/model-2026-08.js', plugins: [separate('./formats-2026-08')] }),
  // The other formats (Lambda events, records, EventBridge events), required only when a document shows one.
  esbuild.build({ ...common, entryPoints: ['server/src/formats-2024-09.ts'], outfile: 'dist/formats-2024-09.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/formats-2026-08.ts'], outfile: 'dist/formats-2026-08.js' }),
  // VS Code for the Web: the same client and server for the browser; nothing from Node.
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, entryPoints: ['client/src/browser.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js' }),
  // The library and the command line: one bundle, sharing the server's separate files (the npm package carries each once).
  esbuild.build({ ...common, entryPoints: ['server/src/library/bundle.ts'], outfile: 'dist/library.cjs', plugins: lazyFiles }),
]);
// The binaries run as they are (`./dist/server.js --stdio`), as npm makes them when it installs the package.
chmodSync('dist/server.js', 0o755);
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// The command line (server/src/cli/main.ts), bundled in dist/library.cjs with the library.\nrequire('./library.cjs').commandLine();\n", { mode: 0o755 });
// ESM callers get the same module (one copy of its state, one bundle): Node imports CommonJS.
writeFileSync(
  'dist/library.mjs',
  "// `import { check } from 'contact-json'`: the CommonJS bundle, re-exported (see scripts/build.mjs).\n" +
    "import library from './library.cjs';\n\n" +
    'export const { assertValid, check, checkFiles, ContactJsonAssertionError, fix } = library;\n',
);
