import { toPointer } from './positions';
import { documentItems, isObject, type Problem } from './problem';

/**
 * Other Amazon Connect JSON formats that people open by mistake. They share many member
 * names with Contact, so schema checks alone would bury the one useful sentence ("this is
 * a contact trace record") under dozens of unknown-property errors.
 *
 * Every marker is a key that no Contact has at any version, or a value no Contact holds,
 * so a real Contact with a few mistakes is never taken for one of these:
 * - CTR: `AWSContactTraceRecordFormatVersion`, or `ContactId` beside `Agent` or `Queue`
 *   (a Contact says `Id`, `AgentInfo`, `QueueInfo`; a single misspelt key is not enough).
 * - EventBridge event: `"source": "aws.connect"` or a `detail-type` key (Contact keys are
 *   PascalCase without hyphens); its `detail` alone: camelCase `contactId` with `eventType`.
 * - Lambda event: `Details` holding `ContactData`, or `"Name": "ContactFlowEvent"` beside
 *   `Details` (a Contact may have a Name, but never a Details member).
 */
export function lookalikeFormat(value: Record<string, unknown>): string | undefined {
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('AWSContactTraceRecordFormatVersion') || (has('ContactId') && (has('Agent') || has('Queue')))) {
    return 'This is an Amazon Connect contact trace record (CTR), not a Contact: CTRs are a different format, with ContactId, Agent and Queue where a Contact has Id, AgentInfo and QueueInfo. Open a DescribeContact result instead, or use a CTR schema for this file.';
  }
  if (value.source === 'aws.connect' || has('detail-type')) {
    return 'This is an Amazon EventBridge event from Amazon Connect, not a Contact: its contact data is in "detail", in another format. Use the DescribeContact result of the contact instead.';
  }
  if (has('contactId') && has('eventType')) {
    return 'This is the "detail" of an Amazon Connect EventBridge contact event (camelCase members), not a Contact. Use the DescribeContact result of the contact instead.';
  }
  if ((isObject(value.Details) && Object.hasOwn(value.Details, 'ContactData')) || (value.Name === 'ContactFlowEvent' && has('Details'))) {
    return 'This is the event a contact flow passes to AWS Lambda (ContactFlowEvent), not a Contact: its contact data (Details.ContactData) has another format. Use the DescribeContact result of the contact instead.';
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
