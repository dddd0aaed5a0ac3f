// Bundles the reference server of `npm run bench` (bench/reference/server.ts) into
// bench/.out/reference-server.js, with the same esbuild options as our dev build (scripts/build.mjs):
// bundled, not minified, so both servers start from the same kind of file.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['bench/reference/server.ts'],
  outfile: 'bench/.out/reference-server.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: process.argv.includes('--production'),
  sourcemap: false,
  logLevel: 'warning',
  // vscode-json-languageservice and jsonc-parser point `main` at UMD builds that hide their imports.
  mainFields: ['module', 'main'],
});
