import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The complete valid example, as a value. */
export function exampleContact(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'valid.contact.json'), 'utf8'));
}

/** A contact of typical size (~750 bytes pretty-printed): what a fixture array holds. */
export function typicalContact(i: number): Record<string, unknown> {
  return {
    Arn: `arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-1111-2222-3333-444455556666/contact/c-${i}`,
    Id: `c-${i}`,
    InitialContactId: `c-${i}`,
    InitiationMethod: 'INBOUND',
    Channel: 'VOICE',
    QueueInfo: { Id: 'q-billing', EnqueueTimestamp: '2024-05-29T16:00:05.123Z' },
    AgentInfo: { Id: 'agent-0042', ConnectedToAgentTimestamp: 1716998470, AgentPauseDurationInSeconds: 0 },
    InitiationTimestamp: '2024-05-29T16:00:00Z',
    ConnectedToSystemTimestamp: 1716998400.5,
    DisconnectTimestamp: '2024-05-29 16:10:00.123000+00:00',
    LastUpdateTimestamp: '2024-05-29T16:10:00+00:00',
    TotalPauseCount: 0,
    TotalPauseDurationInSeconds: 0,
    QueuePriority: 5,
    Tags: { team: 'billing', 'cost-center': '4400' },
  };
}

/**
 * An array of `count` contacts (~3 MB for 4,000), with two mistakes in every
 * `errorEvery`-th one so that the error path is measured too (0: none).
 */
export function largeDocument(count = 4000, errorEvery = 100): string {
  const items = [];
  for (let i = 0; i < count; i++) {
    const contact = typicalContact(i);
    if (errorEvery > 0 && i % errorEvery === 0) Object.assign(contact, { Channel: 'voice', TotalPauseCount: 11 });
    items.push(contact);
  }
  return JSON.stringify(items, null, 2);
}

/** An array of `count` copies of one of the examples' items (another format), each with its own id. */
export function largeArrayOf(example: string, count: number, idKey: (item: Record<string, unknown>, i: number) => void): string {
  const parsed: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'examples', example), 'utf8'));
  const first = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown>;
  const items = [];
  for (let i = 0; i < count; i++) {
    const item = structuredClone(first);
    idKey(item, i);
    items.push(item);
  }
  return JSON.stringify(items, null, 2);
}
