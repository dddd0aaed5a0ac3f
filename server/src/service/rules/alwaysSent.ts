import { toPointer } from '../reading/positions';
import type { JsonSchema } from '../schema/schema';
import { walkWithSchema } from '../schema/walk';
import { displayName, isObject, type Problem } from './problem';

/**
 * `missing-member`, off unless a setting turns it on: an object without members Amazon Connect
 * always sends in it (`x-always-sent` in the schema). Fixtures keep only what their code reads,
 * so leaving a member out is no mistake; a team that wants its fixtures whole can ask for this.
 * One problem an object, on its first character, naming every member it lacks.
 */
export function missingMemberProblems(root: JsonSchema, document: unknown): Problem[] {
  const problems: Problem[] = [];
  walkWithSchema(root, document, (schema, value, path) => {
    const always = schema['x-always-sent'];
    if (always !== undefined && isObject(value)) {
      const missing = always.filter((member) => !Object.hasOwn(value, member));
      if (missing.length > 0) {
        const name = path.length === 0 ? 'The document' : displayName(document, path.map(String));
        const list = missing.map((member) => `"${member}"`).join(', ');
        problems.push({ pointer: toPointer(path), onKey: false, code: 'missing-member', message: `${name} lacks ${missing.length === 1 ? 'a member' : 'members'} Amazon Connect always sends: ${list}.` });
      }
    }
    return true;
  });
  return problems;
}
