import { toPointer } from './positions';
import { contactsOf, isObject, type Problem } from './problem';
import { timestampInstant } from './timestamps';

/**
 * Checks across members that a JSON Schema cannot express, or that go beyond the
 * specification: mistakes a fixture author makes that the API itself would never produce.
 * They are warnings by default (settings can change that), and the schema stays the spec.
 */
export function crossFieldProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const { path, contact } of contactsOf(root)) {
    // The pointer of a member of this contact, made only for a problem: this runs for every contact of a large file.
    const at = (...members: string[]) => toPointer([...path, ...members]);
    checkArn(contact, at, problems);
    checkTimestampOrder(contact, at, problems);
    checkSelfReferences(contact, at, problems);
    checkPauses(contact, at, problems);
  }
  return problems;
}

/** Epoch seconds stay below this until the year 5138; epoch milliseconds of any date since 1973 are above. */
export const EPOCH_MILLISECONDS_THRESHOLD = 1e11;

/** Numeric timestamps that can only be milliseconds, anywhere in the document (found by the schema walk in validate.ts). */
export function epochMillisecondsProblem(pointer: string, name: string, value: number): Problem | undefined {
  if (value < EPOCH_MILLISECONDS_THRESHOLD) return undefined;
  const seconds = value / 1000;
  return {
    pointer,
    onKey: false,
    code: 'epoch-milliseconds',
    message: `${name} is ${value}: as epoch seconds that is the year ${new Date(value * 1000).getUTCFullYear() || 'beyond 275760'}. It looks like milliseconds; Contact timestamps are in seconds (${seconds} = ${isoOf(seconds)}).`,
    fixes: [{ title: `Change to epoch seconds (${seconds})`, certain: true, kind: 'replace-value', newText: String(seconds) }],
  };
}

const ARN = /^arn:(aws[a-z-]*):connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)\/contact\/([^/]+)$/;

function checkArn(contact: Record<string, unknown>, at: (...m: string[]) => string, problems: Problem[]): void {
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

function checkTimestampOrder(contact: Record<string, unknown>, at: (...m: string[]) => string, problems: Problem[]): void {
  const initiation = instant(contact.InitiationTimestamp);
  const connected = instant(contact.ConnectedToSystemTimestamp);
  const disconnect = instant(contact.DisconnectTimestamp);
  inOrder(problems, at, 'ConnectedToSystemTimestamp', connected, 'InitiationTimestamp', initiation);
  inOrder(problems, at, 'DisconnectTimestamp', disconnect, 'InitiationTimestamp', initiation);
  inOrder(problems, at, 'DisconnectTimestamp', disconnect, 'ConnectedToSystemTimestamp', connected);
  if (isObject(contact.QueueInfo)) inOrder(problems, at, 'QueueInfo.EnqueueTimestamp', instant(contact.QueueInfo.EnqueueTimestamp), 'InitiationTimestamp', initiation);
  if (isObject(contact.CustomerVoiceActivity)) {
    const activity = contact.CustomerVoiceActivity;
    inOrder(problems, at, 'CustomerVoiceActivity.GreetingEndTimestamp', instant(activity.GreetingEndTimestamp), 'CustomerVoiceActivity.GreetingStartTimestamp', instant(activity.GreetingStartTimestamp));
  }
}

/**
 * PreviousContactId and RelatedContactId name *other* contacts, so equal to Id they are wrong.
 * InitialContactId equal to Id is normal: the first contact of a chain is its own initial
 * contact. It is only wrong when a PreviousContactId says this contact is not the first.
 */
const OTHER_CONTACT_MEMBERS = ['PreviousContactId', 'RelatedContactId'];

function checkSelfReferences(contact: Record<string, unknown>, at: (...m: string[]) => string, problems: Problem[]): void {
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

function checkPauses(contact: Record<string, unknown>, at: (...m: string[]) => string, problems: Problem[]): void {
  const count = contact.TotalPauseCount;
  const duration = contact.TotalPauseDurationInSeconds;
  if (typeof count !== 'number' || typeof duration !== 'number') return;
  if (count === 0 && duration > 0) {
    problems.push({ pointer: at('TotalPauseDurationInSeconds'), onKey: false, code: 'pause-inconsistent', message: `TotalPauseDurationInSeconds is ${duration}, but TotalPauseCount is 0.` });
  } else if (count > 0 && duration === 0) {
    problems.push({ pointer: at('TotalPauseCount'), onKey: false, code: 'pause-inconsistent', message: `TotalPauseCount is ${count}, but TotalPauseDurationInSeconds is 0.` });
  }
}

/**
 * The later member must not precede the earlier. Called for every contact of a large file,
 * so nothing is allocated unless there is a problem to report.
 */
function inOrder(problems: Problem[], at: (...m: string[]) => string, later: string, laterInstant: number | undefined, earlier: string, earlierInstant: number | undefined): void {
  if (laterInstant === undefined || earlierInstant === undefined || laterInstant >= earlierInstant) return;
  problems.push({
    pointer: at(...later.split('.')),
    onKey: false,
    code: 'timestamp-order',
    message: `${later} (${isoOf(laterInstant / 1000)}) is before ${earlier} (${isoOf(earlierInstant / 1000)}).`,
  });
}

/** Milliseconds written as seconds are reported on their own (epoch-milliseconds); comparing them would only add noise. */
function instant(value: unknown): number | undefined {
  return typeof value === 'number' && value >= EPOCH_MILLISECONDS_THRESHOLD ? undefined : timestampInstant(value);
}

function isoOf(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z');
}
