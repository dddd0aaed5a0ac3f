import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bin } from '../../../package.json';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * A PATH on which `contact-json-language-server` is the package's binary, linked as `npm install`
 * links it into node_modules/.bin, so that the editors start it as the README's configurations
 * say: `contact-json-language-server --stdio`. Node's own folder comes next, for its `#!`.
 */
export function serverOnPath(scratch: string): string {
  const folder = join(scratch, 'bin');
  mkdirSync(folder, { recursive: true });
  symlinkSync(resolve(ROOT, bin['contact-json-language-server']), join(folder, 'contact-json-language-server'));
  return [folder, dirname(process.execPath), process.env.PATH].join(':');
}
