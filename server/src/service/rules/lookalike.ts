import { toPointer } from '../reading/positions';
import { documentItems, isObject, type Problem } from './problem';

/** What every not-a-contact message ends with: what the product does check. */
const CHECKED = 'Contact JSON checks contacts: DescribeContact records, Lambda contact flow events, contact records (CTR) and EventBridge contact events.';

/**
 * Amazon Connect JSON that is not a contact in any format we check, which people keep beside
 * their contact fixtures. Without this, such a file would read as a Contact and be buried under
 * dozens of unknown-property errors; it gets one sentence that names it instead.
 *
 * Every marker is a key no format we check has at the top, so a real document with a few
 * mistakes is never taken for one of these:
 * - a flow definition (the flow language): `Actions` beside `StartAction`;
 * - a Streams agent snapshot (`agent.getSnapshot()` in Amazon Connect Streams): `snapshot`,
 *   or its `agentAvailabilityState` when the snapshot alone was saved.
 */
export function lookalikeFormat(value: Record<string, unknown>): string | undefined {
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('Actions') && has('StartAction')) {
    return `This is an Amazon Connect flow definition (Version, StartAction, Actions), not a contact. ${CHECKED}`;
  }
  if (has('snapshot') || has('agentAvailabilityState')) {
    return `This is an Amazon Connect Streams agent snapshot, not a contact. ${CHECKED}`;
  }
  return undefined;
}

/** The look-alikes in a document (the document itself, or items of an array), as problems on their first line. */
export function lookalikeProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const { item, path } of documentItems(root)) {
    if (!isObject(item)) continue;
    const message = lookalikeFormat(item);
    if (message !== undefined) problems.push({ pointer: toPointer(path), onKey: false, code: 'not-a-contact', message });
  }
  return problems;
}
