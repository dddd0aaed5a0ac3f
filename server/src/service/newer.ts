import { schemaProblems } from './explain';
import type { ParsedDocument } from './parse';
import type { Problem } from './problem';
import type { CompiledSchema } from './validator';

/**
 * Sorts the problems found under the specified model into what the newer model allows
 * (a `newer-api` warning that says so) and what is wrong in both (kept as it is). Problems
 * the newer model finds inside a newer member (the 2024 model never looks inside it) are
 * added as they are: they are wrong whatever the version.
 */
export function separateNewerData(parsed: ParsedDocument, problems: Problem[], current: CompiledSchema, newer: CompiledSchema): Problem[] {
  const newerProblems = schemaProblems(parsed, newer);
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
      `${problem.message.replace(/\.$/, '')}; the {newer} model allows it, the {current} Contact model this workspace validates against does not. Set contactJson.modelVersion to {newer} to validate it.`;
    result.push({
      pointer: problem.pointer,
      onKey: problem.onKey,
      code: 'newer-api',
      message: template.replaceAll('{current}', currentVersion).replaceAll('{newer}', newerVersion),
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
