import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import schemaJson from '../../schemas/contact.schema.json';
import type { JsonSchema } from '../../server/src/service/schema/schema';
import { LspClient } from './lspClient';

const schema = schemaJson as JsonSchema;
const defs = schema.$defs as Record<string, JsonSchema>;

/** How to reach each nested structure from a Contact: a JSON skeleton with a hole `HOLE` where it goes. */
const placements: Record<string, string> = {
  QueueInfo: '{"QueueInfo": HOLE}',
  AgentInfo: '{"AgentInfo": HOLE}',
  WisdomInfo: '{"WisdomInfo": HOLE}',
  RoutingCriteria: '{"RoutingCriteria": HOLE}',
  Customer: '{"Customer": HOLE}',
  Campaign: '{"Campaign": HOLE}',
  CustomerVoiceActivity: '{"CustomerVoiceActivity": HOLE}',
  QualityMetrics: '{"QualityMetrics": HOLE}',
  DisconnectDetails: '{"DisconnectDetails": HOLE}',
  HierarchyGroups: '{"AgentInfo": {"HierarchyGroups": HOLE}}',
  DeviceInfo: '{"Customer": {"DeviceInfo": HOLE}}',
  ParticipantCapabilities: '{"AgentInfo": {"Capabilities": HOLE}}',
  AgentQualityMetrics: '{"QualityMetrics": {"Agent": HOLE}}',
  CustomerQualityMetrics: '{"QualityMetrics": {"Customer": HOLE}}',
  SegmentAttributeValue: '{"SegmentAttributes": {"connect:Subtype": HOLE}}',
  AgentHierarchyGroup: '{"AgentInfo": {"HierarchyGroups": {"Level3": HOLE}}}',
  Step: '{"RoutingCriteria": {"Steps": [HOLE]}}',
  AudioQualityMetricsInfo: '{"QualityMetrics": {"Agent": {"Audio": HOLE}}}',
  Expiry: '{"RoutingCriteria": {"Steps": [{"Expiry": HOLE}]}}',
  Expression: '{"RoutingCriteria": {"Steps": [{"Expression": {"OrExpression": [HOLE]}}]}}',
  AttributeCondition: '{"RoutingCriteria": {"Steps": [{"Expression": {"AttributeCondition": HOLE}}]}}',
  MatchCriteria: '{"RoutingCriteria": {"Steps": [{"Expression": {"AttributeCondition": {"MatchCriteria": HOLE}}}]}}',
  AgentsCriteria: '{"RoutingCriteria": {"Steps": [{"Expression": {"AttributeCondition": {"MatchCriteria": {"AgentsCriteria": HOLE}}}}]}}',
};

interface Case {
  what: string;
  text: string;
  /** The token the diagnostic must cover, found in the text by this unique marker. */
  marker: string;
  code: string;
  message: RegExp;
}

/** One wrong member, one wrong type, and one bound and one enum where the structure has them. */
function casesFor(name: string): Case[] {
  const structure = defs[name];
  const place = (member: string, value: string) => placements[name].replace('HOLE', `{${JSON.stringify(member)}: ${value}}`);
  const cases: Case[] = [
    { what: 'a wrong member', text: place('NotAMember', '1'), marker: '"NotAMember"', code: 'unknown-property', message: new RegExp(`^"NotAMember" is not a member of ${name}\\.`) },
  ];
  const members = Object.entries(structure.properties ?? {});
  const typed = members.find(([, member]) => member.$ref === undefined && (member.type === 'string' || member.type === 'integer' || member.type === 'number' || member.type === 'array'));
  const structured = members.find(([, member]) => member.$ref !== undefined);
  const [typeName, typeMember] = typed ?? structured ?? members[0];
  const wrong = typeMember.type === 'string' || typeMember.$ref === '#/$defs/Timestamp' ? 'true' : '"wrong-type"';
  cases.push({ what: `a wrong type (${typeName})`, text: place(typeName, wrong), marker: wrong, code: 'type', message: new RegExp(`${typeName} must be `) });
  const bounded = members.find(([, member]) => member.maxLength !== undefined || member.maximum !== undefined || member.maxItems !== undefined);
  if (bounded !== undefined) {
    const [boundName, member] = bounded;
    // Beyond the newer model's limit too, so that it is an error in both (not newer-api).
    const maxLength = Math.max(member.maxLength ?? 0, member['x-later-limits']?.maxLength?.limit ?? 0);
    const value =
      member.maxLength !== undefined ? JSON.stringify('x'.repeat(maxLength + 1)) : member.maximum !== undefined ? String(member.maximum + 1) : JSON.stringify(Array.from({ length: (member.maxItems ?? 0) + 1 }, () => 'a'));
    cases.push({ what: `a bound (${boundName})`, text: place(boundName, value), marker: value, code: member.maximum !== undefined ? 'range' : 'length', message: new RegExp(`${boundName}.* (at most|must be at most)`) });
  }
  const enumerated = members.find(([, member]) => member.enum !== undefined);
  if (enumerated !== undefined) {
    const [enumName] = enumerated;
    cases.push({ what: `an enum (${enumName})`, text: place(enumName, '"not-a-value"'), marker: '"not-a-value"', code: 'enum', message: new RegExp(`^"not-a-value" is not a valid .*${enumName}\\. Valid values: `) });
  }
  return cases;
}

describe('every nested structure over stdio: a wrong member, type, bound and enum, at the exact token', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  test('the placements cover every structure of the schema', () => {
    const structures = Object.entries(defs).filter(([name, def]) => def.properties !== undefined && name !== 'Contact' && name !== 'DescribeContactResponse').map(([name]) => name);
    assert.deepEqual(Object.keys(placements).sort(), structures.sort());
  });

  let counter = 0;
  for (const name of Object.keys(placements)) {
    test(name, async () => {
      for (const item of casesFor(name)) {
        const uri = `file:///nested-${counter++}.contact.json`;
        const { diagnostics } = await client.open(uri, item.text);
        const offset = item.text.indexOf(item.marker);
        const expected = { start: { line: 0, character: offset }, end: { line: 0, character: offset + item.marker.length } };
        assert.equal(diagnostics.length, 1, `${item.what}: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
        assert.deepEqual([diagnostics[0].code, diagnostics[0].range], [item.code, expected], item.what);
        assert.match(String(diagnostics[0].message), item.message, item.what);
        await client.close(uri);
      }
    });
  }
});
