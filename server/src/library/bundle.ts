// dist/library.cjs: the library's API, and the command line that dist/cli.js starts. One bundle
// for both, so that the npm package carries the engine once (scripts/build.mjs). `commandLine`
// is not part of the API (types/index.d.ts does not declare it).
export * from './index';
export { main as commandLine } from '../cli/main';
