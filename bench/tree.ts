// A tree of small contact files on disk, the same on every run: what a monorepo's fixtures look like
// to the command line and to workspace validation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typicalContact } from './data';

/** A contact of about 2 KB pretty-printed: the typical one with the members a captured fixture often has. */
export function fixtureContact(i: number): Record<string, unknown> {
  return {
    ...typicalContact(i),
    // The first contact of its chain (InitialContactId is its own Id), so no PreviousContactId.
    RelatedContactId: `c-${i + 1}`,
    Name: 'Billing question',
    Description: 'Customer called about a duplicate charge.',
    WisdomInfo: { SessionArn: 'arn:aws:wisdom:us-east-1:123456789012:session/0a1b2c3d/4e5f6a7b' },
    CustomerVoiceActivity: { GreetingStartTimestamp: '2024-05-29T16:01:11Z', GreetingEndTimestamp: '2024-05-29T16:01:13Z' },
    DisconnectDetails: { PotentialDisconnectIssue: 'AGENT_CONNECTIVITY_ISSUE' },
    Campaign: { CampaignId: 'campaign-2024-spring' },
    AnsweringMachineDetectionStatus: 'HUMAN_ANSWERED',
    Customer: { DeviceInfo: { PlatformName: 'Android', PlatformVersion: '14', OperatingSystem: 'Android' }, Capabilities: { Video: 'SEND' } },
    QualityMetrics: {
      Agent: { Audio: { QualityScore: 4.5, PotentialQualityIssues: [] } },
      Customer: { Audio: { QualityScore: 3.2, PotentialQualityIssues: ['HighPacketLoss'] } },
    },
    SegmentAttributes: { 'connect:Subtype': { ValueString: 'connect:Telephony' }, customer_tier: { ValueString: 'gold' } },
  };
}

/**
 * Writes `count` files under `root`, 100 to a folder (`group-<n>/c-<i>.contact.json`), `broken`
 * of them spread evenly with a mistake that any schema validator sees (an enum value in the wrong
 * case). Returns the total size in bytes.
 */
export function writeFixtureTree(root: string, count: number, broken: number): number {
  const brokenEvery = Math.floor(count / broken);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(root, `group-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const contact = fixtureContact(i);
    if (i % brokenEvery === brokenEvery - 1) contact.Channel = 'voice';
    const text = `${JSON.stringify(contact, null, 2)}\n`;
    writeFileSync(join(folder, `c-${i}.contact.json`), text);
    bytes += text.length;
  }
  return bytes;
}
