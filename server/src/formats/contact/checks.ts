import { toPointer } from '../../service/reading/positions';
import { isObject, type Problem } from '../../service/rules/problem';
import { checkOrder, timestampOrder, type At } from '../order';

/**
 * A Contact's checks across members that a JSON Schema cannot express, or that go beyond the
 * specification: mistakes a fixture author makes that the API itself would never produce.
 */
export function contactChecks(item: Record<string, unknown>, path: string[], problems: Problem[]): void {
  // A DescribeContact response holds its contact under "Contact".
  const wrapped = Object.hasOwn(item, 'Contact');
  const contact = wrapped ? item.Contact : item;
  if (!isObject(contact)) return;
  const base = wrapped ? [...path, 'Contact'] : path;
  const at: At = (...members) => toPointer([...base, ...members]);
  checkArn(contact, at, problems);
  checkOrder(contact, at, problems, ORDER);
  checkSelfReferences(contact, at, problems);
  checkPauses(contact, at, problems);
}

const ARN = /^arn:(aws[a-z-]*):connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)\/contact\/([^/]+)$/;

function checkArn(contact: Record<string, unknown>, at: At, problems: Problem[]): void {
  const arn = contact.Arn;
  if (typeof arn !== 'string') return;
  const match = ARN.exec(arn);
  if (match === null) {
    problems.push({
      pointer: at('Arn'),
      onKey: false,
      code: 'arn-format',
      message: 'Arn is not an Amazon Connect contact ARN: expected arn:<partition>:connect:<region>:<12-digit account>:instance/<instance id>/contact/<contact id>.',
    });
    return;
  }
  const contactId = match[5];
  if (typeof contact.Id === 'string' && contact.Id !== contactId) {
    problems.push({
      pointer: at('Arn'),
      onKey: false,
      code: 'arn-id-mismatch',
      message: `The contact id at the end of Arn ("${contactId}") differs from Id ("${contact.Id}").`,
    });
  }
}

/** Pairs that happen in this order in every contact: [earlier, later]. */
const ORDER = timestampOrder([
  ['InitiationTimestamp', 'ConnectedToSystemTimestamp'],
  ['InitiationTimestamp', 'DisconnectTimestamp'],
  ['ConnectedToSystemTimestamp', 'DisconnectTimestamp'],
  ['InitiationTimestamp', 'QueueInfo.EnqueueTimestamp'],
  ['CustomerVoiceActivity.GreetingStartTimestamp', 'CustomerVoiceActivity.GreetingEndTimestamp'],
]);

/**
 * PreviousContactId and RelatedContactId name *other* contacts, so equal to Id they are wrong.
 * InitialContactId equal to Id is normal: the first contact of a chain is its own initial
 * contact. It is only wrong when a PreviousContactId says this contact is not the first.
 */
const OTHER_CONTACT_MEMBERS = ['PreviousContactId', 'RelatedContactId'];

function checkSelfReferences(contact: Record<string, unknown>, at: At, problems: Problem[]): void {
  const id = contact.Id;
  if (typeof id !== 'string') return;
  for (const member of OTHER_CONTACT_MEMBERS) {
    if (contact[member] === id) {
      problems.push({ pointer: at(member), onKey: false, code: 'self-reference', message: `${member} equals Id: a contact cannot be its own ${member === 'PreviousContactId' ? 'previous' : 'related'} contact.` });
    }
  }
  if (contact.InitialContactId === id && typeof contact.PreviousContactId === 'string' && contact.PreviousContactId !== id) {
    problems.push({
      pointer: at('InitialContactId'),
      onKey: false,
      code: 'self-reference',
      message: 'InitialContactId equals Id, yet PreviousContactId says this is not the first contact of its chain.',
    });
  }
}

function checkPauses(contact: Record<string, unknown>, at: At, problems: Problem[]): void {
  const count = contact.TotalPauseCount;
  const duration = contact.TotalPauseDurationInSeconds;
  if (typeof count !== 'number' || typeof duration !== 'number') return;
  if (count === 0 && duration > 0) {
    problems.push({ pointer: at('TotalPauseDurationInSeconds'), onKey: false, code: 'pause-inconsistent', message: `TotalPauseDurationInSeconds is ${duration}, but TotalPauseCount is 0.` });
  } else if (count > 0 && duration === 0) {
    problems.push({ pointer: at('TotalPauseCount'), onKey: false, code: 'pause-inconsistent', message: `TotalPauseCount is ${count}, but TotalPauseDurationInSeconds is 0.` });
  }
}
