import { EPOCH_MILLISECONDS_THRESHOLD, isoOf } from '../service/rules/milliseconds';
import { isObject, type Problem } from '../service/rules/problem';
import { timestampInstant } from '../service/reading/timestamps';

// What the formats' cross-field checks share: reading members along a path, timestamps in
// order, and the instance an Amazon Connect ARN belongs to. Called for every item of a large
// file, so nothing is allocated unless there is a problem to report: the paths are made once,
// with `path()`, when a check module loads.

/** The pointer of a member of the item being checked, made only for a problem. */
export type At = (...members: string[]) => string;

/** A member path, "QueueInfo.EnqueueTimestamp", made once: its name and its members. */
export interface MemberPath {
  name: string;
  members: string[];
}

export function path(name: string): MemberPath {
  const members = name.split('.');
  // valueAt reads members directly: a name Object.prototype has would read the prototype's.
  const inherited = members.find((member) => member in Object.prototype);
  if (inherited !== undefined) throw new Error(`${name}: "${inherited}" is a member of every object; valueAt cannot read it`);
  return { name, members };
}

/** The value at `members` (a `path()`'s) below `item`, or undefined. */
export function valueAt(item: Record<string, unknown>, members: string[]): unknown {
  let value: unknown = item;
  // A plain read, not Object.hasOwn: path() lets no inherited name through, and this runs for
  // every member of every item of a large file, before the engine has optimised anything.
  for (const member of members) value = isObject(value) ? value[member] : undefined;
  return value;
}

/** Pairs of timestamp members that happen in this order, made once per format: each member read once per item. */
export interface TimestampOrder {
  members: MemberPath[];
  /** [earlier, later] as indices into `members`. */
  pairs: [number, number][];
}

/** `[["InitiationTimestamp", "DisconnectTimestamp"], ...]`: each pair [earlier, later]. */
export function timestampOrder(pairs: [string, string][]): TimestampOrder {
  const names = [...new Set(pairs.flat())];
  return { members: names.map(path), pairs: pairs.map(([earlier, later]) => [names.indexOf(earlier), names.indexOf(later)]) };
}

/** No later member of a pair may precede its earlier one (`timestamp-order`). */
export function checkOrder(item: Record<string, unknown>, at: At, problems: Problem[], order: TimestampOrder): void {
  // A large file has thousands of items: every member's instant once, not once per pair it is in.
  const { members, pairs } = order;
  const instants: (number | undefined)[] = [];
  for (let i = 0; i < members.length; i++) instants.push(instant(valueAt(item, members[i].members)));
  for (const [earlier, later] of pairs) {
    const earlierInstant = instants[earlier];
    const laterInstant = instants[later];
    if (laterInstant === undefined || earlierInstant === undefined || laterInstant >= earlierInstant) continue;
    const laterPath = order.members[later];
    problems.push({
      pointer: at(...laterPath.members),
      onKey: false,
      code: 'timestamp-order',
      message: `${laterPath.name} (${isoOf(laterInstant / 1000)}) is before ${order.members[earlier].name} (${isoOf(earlierInstant / 1000)}).`,
    });
  }
}

/** Milliseconds written as seconds are reported on their own (epoch-milliseconds); comparing them would only add noise. */
function instant(value: unknown): number | undefined {
  return typeof value === 'number' && value >= EPOCH_MILLISECONDS_THRESHOLD ? undefined : timestampInstant(value);
}

const INSTANCE_ARN = /^arn:aws[a-z-]*:connect:[a-z0-9-]+:\d{12}:instance\/([^/]+)$/;
const RESOURCE_ARN = /^arn:aws[a-z-]*:connect:[a-z0-9-]+:\d{12}:instance\/([^/]+)\//;

/**
 * The instance ARN must be one (`arn-format`), and each ARN of a resource of the contact
 * (queue, agent, ...) must belong to that instance (`instance-mismatch`): a fixture pieced
 * together from two instances breaks code that reads the instance id from either.
 */
export function sameInstance(item: Record<string, unknown>, at: At, problems: Problem[], instancePath: MemberPath, resourcePaths: MemberPath[]): void {
  const instanceArn = valueAt(item, instancePath.members);
  if (typeof instanceArn !== 'string') return;
  const instance = INSTANCE_ARN.exec(instanceArn);
  if (instance === null) {
    problems.push({
      pointer: at(...instancePath.members),
      onKey: false,
      code: 'arn-format',
      message: `${instancePath.name} is not an Amazon Connect instance ARN: expected arn:<partition>:connect:<region>:<12-digit account>:instance/<instance id>.`,
    });
    return;
  }
  for (const resourcePath of resourcePaths) {
    const arn = valueAt(item, resourcePath.members);
    if (typeof arn !== 'string') continue;
    const resource = RESOURCE_ARN.exec(arn);
    if (resource !== null && resource[1] !== instance[1]) {
      problems.push({
        pointer: at(...resourcePath.members),
        onKey: false,
        code: 'instance-mismatch',
        message: `${resourcePath.name} belongs to instance ${resource[1]}, but ${instancePath.name} names instance ${instance[1]}.`,
      });
    }
  }
}

/** Members that name *other* contacts must not name this one (`self-reference`). */
export function notItself(item: Record<string, unknown>, at: At, problems: Problem[], idPath: MemberPath, otherPaths: MemberPath[]): void {
  const id = valueAt(item, idPath.members);
  if (typeof id !== 'string') return;
  for (const otherPath of otherPaths) {
    if (valueAt(item, otherPath.members) === id) {
      problems.push({ pointer: at(...otherPath.members), onKey: false, code: 'self-reference', message: `${otherPath.name} equals ${idPath.name}: it must name another contact.` });
    }
  }
}
