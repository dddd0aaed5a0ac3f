import { toPointer } from '../../service/reading/positions';
import type { Problem } from '../../service/rules/problem';
import { checkOrder, notItself, path, sameInstance, timestampOrder, type At } from '../order';

const INSTANCE = path('InstanceARN');
const RESOURCES = [path('Agent.ARN'), path('Agent.RoutingProfile.ARN'), path('Queue.ARN')];
const CONTACT_ID = path('ContactId');
const OTHER_CONTACTS = [path('PreviousContactId'), path('NextContactId'), path('RelatedContactId')];
/** Pairs that happen in this order in every record: [earlier, later]. */
const ORDER = timestampOrder([
  ['InitiationTimestamp', 'ConnectedToSystemTimestamp'],
  ['InitiationTimestamp', 'DisconnectTimestamp'],
  ['ConnectedToSystemTimestamp', 'DisconnectTimestamp'],
  ['DisconnectTimestamp', 'LastUpdateTimestamp'],
  ['Queue.EnqueueTimestamp', 'Queue.DequeueTimestamp'],
  ['Agent.AfterContactWorkStartTimestamp', 'Agent.AfterContactWorkEndTimestamp'],
]);

/**
 * The contact record's checks: its instance ARN is one and its agent, routing profile and queue
 * are of that instance; its timestamps in the order a contact lives them; and the previous, next
 * and related contacts are other contacts.
 */
export function contactRecordChecks(item: Record<string, unknown>, itemPath: string[], problems: Problem[]): void {
  const at: At = (...members) => toPointer([...itemPath, ...members]);
  sameInstance(item, at, problems, INSTANCE, RESOURCES);
  checkOrder(item, at, problems, ORDER);
  notItself(item, at, problems, CONTACT_ID, OTHER_CONTACTS);
}
