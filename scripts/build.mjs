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

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' }),
  // VS Code for the Web: the same client and server for the browser; nothing from Node.
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, entryPoints: ['client/src/browser.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], define: {}, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
