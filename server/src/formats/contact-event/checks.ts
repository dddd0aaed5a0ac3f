import { toPointer } from '../../service/reading/positions';
import { isObject, type Problem } from '../../service/rules/problem';
import { checkOrder, notItself, path, sameInstance, timestampOrder, type At } from '../order';

const INSTANCE = path('instanceArn');
const RESOURCES = [path('agentInfo.agentArn'), path('queueInfo.queueArn')];
const CONTACT_ID = path('contactId');
const OTHER_CONTACTS = [path('previousContactId'), path('relatedContactId')];
const ORDER = timestampOrder([
  ['initiationTimestamp', 'connectedToSystemTimestamp'],
  ['initiationTimestamp', 'disconnectTimestamp'],
  ['initiationTimestamp', 'queueInfo.enqueueTimestamp'],
]);

/**
 * The EventBridge contact event's checks, on its detail (the envelope's, or a bare one): the
 * instance ARN is one and the agent and queue are of that instance; timestamps in order; the
 * previous and related contacts are other contacts.
 */
export function contactEventChecks(item: Record<string, unknown>, itemPath: string[], problems: Problem[]): void {
  const enveloped = Object.hasOwn(item, 'detail-type') || Object.hasOwn(item, 'source') || Object.hasOwn(item, 'detail');
  const detail = enveloped ? item.detail : item;
  if (!isObject(detail)) return;
  const base = enveloped ? [...itemPath, 'detail'] : itemPath;
  const at: At = (...members) => toPointer([...base, ...members]);
  sameInstance(detail, at, problems, INSTANCE, RESOURCES);
  checkOrder(detail, at, problems, ORDER);
  notItself(detail, at, problems, CONTACT_ID, OTHER_CONTACTS);
}
