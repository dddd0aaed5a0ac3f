// `npm run models:check [schema file]`: lists every difference between the newest Amazon Connect
// model that npm delivers (the type declarations of the devDependency @aws-sdk/client-connect)
// and our newest schema (or the one named), for the DescribeContact response, Contact and
// every shape reachable from them. Exit code 1 when there are differences, 0 when none.
// To see what a newer SDK knows: `npm install -D @aws-sdk/client-connect@latest`, then run this.
// ARCHITECTURE.md, "Refresh a model", says what to do with the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { JsonSchema } from '../server/src/service/schema/schema';
import { compareModels } from './models/compare';
import { readSdkPackage } from './models/sdk';

const projectRoot = join(__dirname, '..');
const schemaPath = process.argv[2] !== undefined ? join(process.cwd(), process.argv[2]) : newestSchema(join(projectRoot, 'schemas'));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
const { version, model } = readSdkPackage(join(projectRoot, 'node_modules', '@aws-sdk', 'client-connect'));

const differences = compareModels(model, 'DescribeContactResponse', schema);
const source = `@aws-sdk/client-connect ${version}`;
const target = `${relative(process.cwd(), schemaPath)} (model ${schema['x-model-version'] ?? '?'})`;
if (differences.length === 0) {
  console.log(`${source} and ${target}: no differences in names, types or enum values.`);
} else {
  console.log(`${source} against ${target}: ${differences.length} difference${differences.length === 1 ? '' : 's'}\n`);
  const width = Math.max(...differences.map((difference) => difference.path.length));
  for (const { path, message } of differences) console.log(`  ${path.padEnd(width)}  ${message}`);
  console.log('\nLengths, ranges and patterns are not in the SDK\'s declarations: check them in the service model.');
  process.exitCode = 1;
}

/** The schema with the latest `x-model-version` in the folder. */
function newestSchema(dir: string): string {
  const candidates = readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => ({ path: join(dir, name), version: (JSON.parse(readFileSync(join(dir, name), 'utf8')) as JsonSchema)['x-model-version'] ?? '' }))
    .sort((a, b) => a.version.localeCompare(b.version));
  const newest = candidates.at(-1);
  if (newest === undefined) throw new Error(`No *.schema.json in ${dir}`);
  return newest.path;
}
