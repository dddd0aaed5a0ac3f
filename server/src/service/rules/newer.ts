import { schemaProblems } from './explain';
import type { ParsedDocument } from '../reading/parse';
import { fromPointer, toPointer } from '../reading/positions';
import { withPointers, type Problem } from './problem';
import type { CompiledSchema } from '../schema/compiled';
import type { SettingWords } from './settingWords';

/**
 * Sorts the problems found under the specified model into what the newer model allows
 * (a `newer-api` warning that says so) and what is wrong in both (kept as it is). Problems
 * the newer model finds inside a newer member (the 2024 model never looks inside it) are
 * added as they are: they are wrong whatever the version.
 */
export function separateNewerData(parsed: ParsedDocument, problems: Problem[], current: CompiledSchema, newer: CompiledSchema, words: SettingWords): Problem[] {
  const newerProblems = newerProblemsOf(parsed, problems, newer);
  const identity = (problem: Problem) => `${problem.pointer}\u0000${problem.onKey}\u0000${problem.code}`;
  const alsoNewer = new Set(newerProblems.map(identity));
  const currentVersion = current.root['x-model-version'] ?? 'specified';
  const newerVersion = newer.root['x-model-version'] ?? 'newer';
  const result: Problem[] = [];
  const newerPointers: string[] = [];
  for (const problem of problems) {
    if (alsoNewer.has(identity(problem))) {
      result.push(problem);
      continue;
    }
    newerPointers.push(problem.pointer);
    const template =
      problem.later ??
      `${problem.message.replace(/\.$/, '')}; the {newer} model allows it, the {current} Contact model {checker} validates against does not. {useNewer} to validate it.`;
    result.push({
      pointer: problem.pointer,
      onKey: problem.onKey,
      code: 'newer-api',
      message: fillIn(template, { current: currentVersion, newer: newerVersion, checker: words.checker, useNewer: words.useModel(newerVersion) }),
      modelVersion: newerVersion,
    });
  }
  const seen = new Set(problems.map(identity));
  for (const problem of newerProblems) {
    if (seen.has(identity(problem))) continue;
    if (newerPointers.some((pointer) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`))) result.push(problem);
  }
  return result;
}

/**
 * The newer model's problems, looked for only where the current model found some: in an
 * array of contacts, only the contacts concerned are validated again (a large fixture file
 * with one newer member costs one contact, not four thousand).
 */
function newerProblemsOf(parsed: ParsedDocument, problems: Problem[], newer: CompiledSchema): Problem[] {
  const root = parsed.value;
  if (!Array.isArray(root) || problems.some((problem) => problem.pointer === '')) return schemaProblems(parsed, newer);
  const indices = [...new Set(problems.map((problem) => Number(fromPointer(problem.pointer)[0])))].sort((a, b) => a - b);
  const position = new Map(indices.map((index, at) => [index, at]));
  const subset: ParsedDocument = {
    ...parsed,
    value: indices.map((index) => root[index]),
    bigNumbers: parsed.bigNumbers
      .filter((literal) => position.has(Number(literal.path[0])))
      .map((literal) => ({ ...literal, path: [position.get(Number(literal.path[0])) as number, ...literal.path.slice(1)] })),
  };
  const back = (pointer: string) => {
    const [first, ...rest] = fromPointer(pointer);
    return toPointer([indices[Number(first)], ...rest]);
  };
  return schemaProblems(subset, newer).map((problem) => withPointers(problem, back));
}

/** `{name}` -> `values[name]`, in one pass: what is filled in is not searched for placeholders again. */
function fillIn(template: string, values: Record<'current' | 'newer' | 'checker' | 'useNewer', string>): string {
  return template.replace(/\{(current|newer|checker|useNewer)\}/g, (_, name: keyof typeof values) => values[name]);
}
