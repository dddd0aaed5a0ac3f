import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import contactSchemaJson from '../../schemas/contact.schema.json';
import schemaJson from '../../schemas/contact-record.schema.json';
import { fromValidateFunction } from '../../server/src/service/schema/compiled';
import { schemaProblems } from '../../server/src/service/rules/explain';
import { parseDocument } from '../../server/src/service/reading/parse';
import { annotationKeywords, childSchema, resolve, type JsonSchema } from '../../server/src/service/schema/schema';
import { createAjv } from '../../server/src/service/schema/validator';
import { walk } from './schemaWalk';

// The contact record (CTR) schema on its own: not yet wired into the editor features, so these
// tests drive ajv and the ajv-error explainer directly.

const schema = schemaJson as unknown as JsonSchema;
const defs = schema.$defs ?? {};
const SCHEMA_ID = 'https://contact-json.dev/schemas/contact-record.schema.json';
const fixturePath = join(__dirname, '..', '..', 'examples', 'trace-record.contact.json');
const fixtureText = readFileSync(fixturePath, 'utf8');

const ajv = createAjv();
const validate = ajv.compile(schema);
const compiled = fromValidateFunction(schema, validate);

function errorsOf(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Codes and pointers as the service would report them. */
function problemsOf(value: unknown): { code: string; pointer: string; message: string }[] {
  return schemaProblems(parseDocument(JSON.stringify(value)), compiled);
}

/** The definitions that describe objects with fixed members: the shapes of the format. */
const shapes = Object.entries(defs).filter(([, def]) => def.properties !== undefined);

/**
 * A partial record holding `value` at `pointer`; numeric segments make arrays
 * (`at('/Recordings/0/Status', 'x')` -> `{"Recordings": [{"Status": "x"}]}`).
 */
function at(pointer: string, value: unknown): unknown {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let result = value;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    result = /^\d+$/.test(segment) ? [result] : { [segment]: result };
  }
  return result;
}

describe('contact record schema: the file', () => {
  test('Tags follow the Contact rules (the shared Channel and InitiationMethod: test/unit/formats.test.ts)', () => {
    assert.deepEqual(defs.Tags, (contactSchemaJson as unknown as JsonSchema).$defs?.Tags);
  });

  test('is valid against the JSON Schema 2020-12 meta-schema', () => {
    const plain = new Ajv2020({ strict: false });
    assert.equal(plain.validateSchema(schema), true, JSON.stringify(plain.errors));
  });

  test("compiles in strict mode with the service's ajv and its annotation keywords", () => {
    assert.ok(annotationKeywords.includes('x-always-sent'));
    assert.equal(typeof createAjv().compile(schema), 'function');
  });

  test('has its $id, a title and a description, and dispatches arrays to items', () => {
    assert.equal(schemaJson.$id, SCHEMA_ID);
    assert.ok(schema.title && schema.description && schema.description.includes('null'));
    assert.deepEqual(schema.if, { type: 'array' });
    assert.deepEqual(schema.then, { type: 'array', items: { $ref: '#/$defs/ContactTraceRecord' } });
    assert.deepEqual(schema.else, { $ref: '#/$defs/ContactTraceRecord' });
  });

  test('has the 52 shapes and 220 members of the contact record, 51 at the top', () => {
    assert.equal(shapes.length, 52);
    assert.equal(shapes.reduce((sum, [, def]) => sum + Object.keys(def.properties ?? {}).length, 0), 220);
    assert.equal(Object.keys(defs.ContactTraceRecord.properties ?? {}).length, 51);
    for (const [name, def] of Object.entries(defs)) {
      assert.equal(def.title, name, `$defs/${name} must have its name as title`);
      assert.ok((def.description ?? '').length > 10, `$defs/${name} has no description`);
    }
  });

  test('every object is closed or a deliberate map, and every member has a description', () => {
    for (const [pointer, node] of walk(schema)) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (node.properties !== undefined) {
        assert.equal(node.additionalProperties, false, `${pointer} must set additionalProperties: false`);
        for (const [name, member] of Object.entries(node.properties)) {
          assert.ok((member.description ?? '').length > 10, `${pointer}/properties/${name} has no description`);
        }
      } else if (types.includes('object')) {
        assert.equal(typeof node.additionalProperties, 'object', `${pointer} is an object without members: it must say what its values are`);
      }
    }
  });

  test('uses no anyOf/oneOf/allOf, no format, and only the null-or-shape form of if/then/else', () => {
    for (const [pointer, node] of walk(schema)) {
      for (const keyword of ['anyOf', 'oneOf', 'allOf', 'format', 'required']) {
        assert.equal(keyword in node, false, `${pointer} uses ${keyword}`);
      }
      if (node.if !== undefined && pointer !== '') {
        assert.deepEqual(node.if, { type: 'null' }, pointer);
        assert.deepEqual(node.then, { type: 'null' }, pointer);
        assert.deepEqual(Object.keys(node.else ?? {}), ['$ref'], pointer);
      }
    }
  });

  test('a nullable enum lists null among its values', () => {
    for (const [pointer, node] of walk(schema)) {
      if (Array.isArray(node.type) && node.type.includes('null') && node.enum !== undefined) {
        assert.ok(node.enum.includes(null), `${pointer} allows null by type but not by enum`);
      }
    }
  });

  test('every $ref resolves, and every definition is used except ExternalThirdParty, which has no known parent', () => {
    const used = new Set<string>();
    for (const [pointer, node] of walk(schema)) {
      if (node.$ref === undefined) continue;
      const name = node.$ref.replace('#/$defs/', '');
      assert.ok(defs[name], `${pointer}: ${node.$ref} does not resolve`);
      used.add(name);
    }
    assert.deepEqual(Object.keys(defs).filter((name) => !used.has(name)), ['ExternalThirdParty']);
  });

  test('x-always-sent names members of its own shape', () => {
    assert.deepEqual(defs.ContactTraceRecord['x-always-sent'], [
      'AWSAccountId', 'AWSContactTraceRecordFormatVersion', 'AgentConnectionAttempts', 'Attributes', 'Channel', 'ContactId',
      'InitiationMethod', 'InitiationTimestamp', 'InstanceARN', 'LastUpdateTimestamp', 'MediaStreams',
    ]);
    assert.deepEqual(defs.ContactEvaluation['x-always-sent'], ['EvaluationArn', 'FormId']);
    for (const [name, def] of Object.entries(defs)) {
      for (const member of def['x-always-sent'] ?? []) assert.ok(def.properties?.[member], `${name}: x-always-sent names ${member}`);
    }
  });

  test('each timestamp form is a pattern a standard validator applies, reported as timestamp', () => {
    const forms: Record<string, [string[], string[]]> = {
      IsoSecondsTimestamp: [
        ['2024-05-29T16:00:00Z', '2025-12-31T23:59:59Z'],
        ['2024-05-29T16:00:00.123Z', '2024-05-29 16:00:00Z', '2024-05-29T16:00:00+00:00', '2024-05-29T16:00:00', '2024-13-01T00:00:00Z', '2024-05-29T24:00:00Z', '1716998400'],
      ],
      IsoMillisecondsTimestamp: [
        ['2024-05-29T16:00:00.250Z', '2024-02-29T00:00:00.000Z'],
        ['2024-05-29T16:00:00Z', '2024-05-29T16:00:00.25Z', '2024-05-29T16:00:00.250+00:00', '2024-05-29T16:00:00.250123Z'],
      ],
    };
    const plain = new Ajv2020({ strict: false });
    for (const [name, [good, bad]] of Object.entries(forms)) {
      const def = defs[name];
      assert.equal(def.type, 'string');
      assert.deepEqual(def['x-error-codes'], { pattern: 'timestamp' });
      assert.ok((def['x-pattern-description'] ?? '').includes('such as'), name);
      const check = plain.compile({ type: def.type, pattern: def.pattern });
      for (const value of good) assert.equal(check(value), true, `${name} should accept ${value}`);
      for (const value of bad) assert.equal(check(value), false, `${name} should reject ${value}`);
    }
  });
});

describe('contact record schema: valid documents', () => {
  const fixture = JSON.parse(fixtureText) as unknown[];

  test('the full fixture validates with no errors, in the service ajv and in a plain one', () => {
    assert.deepEqual(errorsOf(fixture).map((e) => `${e.instancePath} ${e.keyword}`), []);
    assert.deepEqual(problemsOf(fixture), []);
    const plain = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    assert.equal(plain(fixture), true, JSON.stringify(plain.errors?.map((e) => `${e.instancePath} ${e.message}`)));
  });

  test('the full fixture uses every shape and every member (ExternalThirdParty aside)', () => {
    const seen = new Map<string, Set<string>>();
    const visit = (node: JsonSchema, value: unknown) => {
      const resolved = resolve(schema, node, value);
      if (Array.isArray(value)) {
        value.forEach((item) => resolved.items && visit(resolved.items, item));
      } else if (typeof value === 'object' && value !== null) {
        if (resolved.properties !== undefined) {
          const members = seen.get(resolved.title ?? '?') ?? new Set<string>();
          seen.set(resolved.title ?? '?', members);
          for (const key of Object.keys(value)) members.add(key);
        }
        for (const [key, child] of Object.entries(value)) {
          const childNode = childSchema(resolved, key);
          assert.ok(childNode, `no schema for ${key} in ${resolved.title}`);
          visit(childNode, child);
        }
      }
    };
    visit(schema, fixture);
    for (const [name, def] of shapes) {
      if (name === 'ExternalThirdParty') continue;
      const members = seen.get(name);
      assert.ok(members, `the fixture never uses ${name}`);
      const missing = Object.keys(def.properties ?? {}).filter((member) => !members.has(member));
      assert.deepEqual(missing, [], `the fixture leaves out members of ${name}`);
    }
  });

  test('ExternalThirdParty, which no member refers to, can be checked on its own', () => {
    const check = ajv.getSchema(`${SCHEMA_ID}#/$defs/ExternalThirdParty`);
    assert.ok(check);
    assert.equal(check({ ExternalThirdPartyInteractionDuration: 95 }), true);
    assert.equal(check({ ExternalThirdPartyInteractionDuration: -1 }), false);
    assert.equal(check({ ExternalThirdPartyDuration: 95 }), false);
  });

  test('partial fixtures validate: a test keeps only what its code reads', () => {
    const partials: unknown[] = [
      { ContactId: 'b5e0c1d7-4a2f-49c3-8e6b-1f0d7a9c2e44', Channel: 'CHAT', Attributes: { orderId: '77120' } },
      { Agent: { Username: 'rhian.morgan' }, Queue: { Name: 'Cards' } },
      { AWSContactTraceRecordFormatVersion: '2017-03-10', Agent: null, Queue: null, Recording: null, Recordings: null, References: [] },
      {},
      [],
      [{ ContactId: 'b5e0c1d7-4a2f-49c3-8e6b-1f0d7a9c2e44' }, { InitiationMethod: 'CALLBACK' }],
    ];
    for (const partial of partials) assert.deepEqual(errorsOf(partial), [], JSON.stringify(partial));
  });

  test('null is accepted wherever records write it, at every depth', () => {
    const nulls = [
      '/Agent', '/Campaign/CampaignId', '/Agent/HierarchyGroups/Level5', '/Agent/StateTransitions', '/DisconnectReason',
      '/AnsweringMachineDetectionStatus', '/Agent/Capabilities/Video', '/Recordings/0/StorageType', '/Tags', '/SegmentAttributes',
      '/ContactDetails', '/CustomerVoiceActivity/GreetingEndTimestamp', '/RoutingCriteria/Steps/0/Expiry', '/VoiceIdResult/FraudDetection/WatchlistID',
    ];
    for (const pointer of nulls) assert.deepEqual(errorsOf(at(pointer, null)), [], pointer);
  });
});

describe('contact record schema: invalid documents', () => {
  /** [what, pointer, value, ajv keyword, diagnostic code] */
  type Case = [string, string, unknown, string, string];
  const long = (n: number) => 'x'.repeat(n);
  const manyTags = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`team${i}`, 'cards']));

  const cases: Case[] = [
    ['a value in the wrong case', '/Channel', 'Voice', 'enum', 'enum'],
    ['the docs placeholder', '/InitiationMethod', 'INBOUND | OUTBOUND | TRANSFER | CALLBACK', 'enum', 'placeholder'],
    ['an unknown key (Arn spelled as in other formats)', '/InstanceArn', 'arn:aws:connect:eu-west-2:409823617754:instance/6513270e-269e-4d37-b2a7-4de452e6b438', 'additionalProperties', 'unknown-property'],
    ['a PascalCase key inside stateTransitions', '/Agent/StateTransitions/0/State', 'BARGE', 'additionalProperties', 'unknown-property'],
    ['a number where attributes are strings', '/Attributes/retries', 3, 'type', 'type'],
    ['a boolean where contact details are strings', '/ContactDetails/urgent', true, 'type', 'type'],
    ['a number in Tags', '/Tags/CostCentre', 4410, 'type', 'tag-value'],
    ['a date-time with a space', '/InitiationTimestamp', '2025-03-11 09:14:02', 'pattern', 'timestamp'],
    ['a fraction where records write whole seconds', '/Agent/ConnectedToAgentTimestamp', '2025-03-11T09:15:21.120Z', 'pattern', 'timestamp'],
    ['whole seconds where milliseconds are written', '/CustomerVoiceActivity/GreetingStartTimestamp', '2025-03-12T15:40:21Z', 'pattern', 'timestamp'],
    ['an offset instead of Z', '/Queue/EnqueueTimestamp', '2025-03-11T10:14:40+01:00', 'pattern', 'timestamp'],
    ['epoch seconds as a number', '/LastUpdateTimestamp', 1741684450, 'type', 'type'],
    ['null where records always write a value', '/ContactId', null, 'type', 'type'],
    ['null for the channel', '/Channel', null, 'type', 'type'],
    ['null for the attributes', '/Attributes', null, 'type', 'type'],
    ['null as an attribute value', '/Attributes/customerTier', null, 'type', 'type'],
    ['null in a non-nullable nested member', '/Agent/ARN', null, 'type', 'type'],
    ['the docs list of supervisor states', '/Agent/StateTransitions/0/state', 'SILENT_MONITOR | BARGE', 'enum', 'placeholder'],
    ['the docs list of recording states', '/Recording/Status', 'AVAILABLE | DELETED | NULL', 'enum', 'placeholder'],
    ['the storage type as the page prints it', '/Recordings/0/StorageType', 'Amazon S3', 'enum', 'enum'],
    ['the API spelling of a participant type', '/Recordings/0/ParticipantType', 'AGENT', 'enum', 'enum'],
    ['an API-only detection status', '/AnsweringMachineDetectionStatus', 'ANSWERED', 'enum', 'enum'],
    ['an endpoint type records do not use', '/CustomerEndpoint/Type', 'VOIP', 'enum', 'enum'],
    ['a proficiency level between steps', '/RoutingCriteria/Steps/0/Expression/AttributeCondition/ProficiencyLevel', 3.5, 'enum', 'enum'],
    ['a fractional count', '/AgentConnectionAttempts', 1.5, 'type', 'type'],
    ['an object where a shape wants a string', '/Queue/Name', { en: 'Cards' }, 'type', 'type'],
    ['an array where a shape wants an object', '/Agent', [], 'type', 'type'],
    ['a single MediaStream instead of a list', '/MediaStreams', { Type: 'AUDIO' }, 'type', 'type'],
    ['a tag key with the reserved prefix', '/Tags/aws:team', 'cards', 'pattern', 'tag-key'],
    ['too many tags', '/Tags', manyTags, 'maxProperties', 'tags-max'],
  ];

  /** One case per bound keyword of every bounded member. */
  const bounds: Case[] = ([
    ['/AdditionalEmailRecipients', '', 'minLength'],
    ['/AdditionalEmailRecipients', long(257), 'maxLength'],
    ['/AgentConnectionAttempts', -1, 'minimum'],
    ['/ContactId', '', 'minLength'],
    ['/ContactId', long(257), 'maxLength'],
    ['/InitialContactId', '', 'minLength'],
    ['/InitialContactId', long(257), 'maxLength'],
    ['/NextContactId', '', 'minLength'],
    ['/NextContactId', long(257), 'maxLength'],
    ['/PreviousContactId', '', 'minLength'],
    ['/PreviousContactId', long(257), 'maxLength'],
    ['/RelatedContactId', '', 'minLength'],
    ['/RelatedContactId', long(257), 'maxLength'],
    ['/ContactDetails/', 'empty key', 'minLength'],
    [`/ContactDetails/${long(129)}`, 'long key', 'maxLength'],
    ['/ContactDetails/Reason', long(1025), 'maxLength'],
    ['/Agent/AfterContactWorkDuration', -1, 'minimum'],
    ['/Agent/AgentInitiatedHoldDuration', -1, 'minimum'],
    ['/Agent/AgentInteractionDuration', -1, 'minimum'],
    ['/Agent/AgentPauseDuration', -1, 'minimum'],
    ['/Agent/CustomerHoldDuration', -1, 'minimum'],
    ['/Agent/LongestHoldDuration', -1, 'minimum'],
    ['/Agent/NumberOfHolds', -1, 'minimum'],
    ['/Agent/Username', '', 'minLength'],
    ['/Agent/Username', long(101), 'maxLength'],
    ['/Agent/HierarchyGroups/Level2/GroupName', '', 'minLength'],
    ['/Agent/HierarchyGroups/Level2/GroupName', long(257), 'maxLength'],
    ['/Agent/RoutingProfile/Name', '', 'minLength'],
    ['/Agent/RoutingProfile/Name', long(101), 'maxLength'],
    ['/Agent/DeviceInfo/PlatformName', '', 'minLength'],
    ['/Agent/DeviceInfo/PlatformName', long(129), 'maxLength'],
    ['/Agent/DeviceInfo/PlatformVersion', '', 'minLength'],
    ['/Agent/DeviceInfo/PlatformVersion', long(129), 'maxLength'],
    ['/Agent/DeviceInfo/OperatingSystem', '', 'minLength'],
    ['/Agent/DeviceInfo/OperatingSystem', long(129), 'maxLength'],
    ['/Queue/Duration', -1, 'minimum'],
    ['/Queue/Name', '', 'minLength'],
    ['/Queue/Name', long(257), 'maxLength'],
    ['/SystemEndpoint/Address', '', 'minLength'],
    ['/SystemEndpoint/Address', long(257), 'maxLength'],
    ['/Recording/Location', long(257), 'maxLength'],
    ['/Recordings/0/Location', long(257), 'maxLength'],
    ['/ContactLens/ConversationalAnalytics/Configuration/SummaryConfiguration/SummaryModes', ['PostContact', 'PostContact'], 'maxItems'],
    ['/Campaign/CampaignId', '', 'minLength'],
    ['/Campaign/CampaignId', long(101), 'maxLength'],
    ['/DisconnectDetails/PotentialDisconnectIssue', long(129), 'maxLength'],
    ['/QualityMetrics/Agent/Audio/QualityScore', 0.5, 'minimum'],
    ['/QualityMetrics/Customer/Audio/QualityScore', 5.1, 'maximum'],
    ['/ChatMetrics/ContactMetrics/TotalMessages', -1, 'minimum'],
    ['/ChatMetrics/ContactMetrics/TotalBotMessages', -1, 'minimum'],
    ['/ChatMetrics/ContactMetrics/TotalBotMessageLengthInChars', -1, 'minimum'],
    ['/ChatMetrics/ContactMetrics/ConversationCloseTimeInMillis', -1, 'minimum'],
    ['/ChatMetrics/ChatContactMetrics/ConversationTurnCount', -1, 'minimum'],
    ['/ChatMetrics/ChatContactMetrics/AgentFirstResponseTimeInMillis', -1, 'minimum'],
    ['/ChatMetrics/AgentMetrics/ParticipantId', '', 'minLength'],
    ['/ChatMetrics/AgentMetrics/ParticipantId', long(257), 'maxLength'],
    ['/ChatMetrics/AgentMetrics/MessagesSent', -1, 'minimum'],
    ['/ChatMetrics/AgentMetrics/NumResponses', -1, 'minimum'],
    ['/ChatMetrics/CustomerMetrics/MessageLengthInChars', -1, 'minimum'],
    ['/ChatMetrics/CustomerMetrics/TotalResponseTimeInMillis', -1, 'minimum'],
    ['/ChatMetrics/CustomerMetrics/MaxResponseTimeInMillis', -1, 'minimum'],
    ['/ContactEvaluations/3f9b6c1e-52a0-4d7b-8e41-c0a7d95e2b18/ExportLocation', long(257), 'maxLength'],
    ['/VoiceIdResult/GeneratedSpeakerId', long(24), 'minLength'],
    ['/VoiceIdResult/GeneratedSpeakerId', long(26), 'maxLength'],
    ['/VoiceIdResult/Authentication/ScoreThreshold', -1, 'minimum'],
    ['/VoiceIdResult/Authentication/ScoreThreshold', 101, 'maximum'],
    ['/VoiceIdResult/Authentication/MinimumSpeechInSeconds', 4, 'minimum'],
    ['/VoiceIdResult/Authentication/MinimumSpeechInSeconds', 11, 'maximum'],
    ['/VoiceIdResult/Authentication/Score', -1, 'minimum'],
    ['/VoiceIdResult/Authentication/Score', 101, 'maximum'],
    ['/VoiceIdResult/Authentication/Result', '', 'minLength'],
    ['/VoiceIdResult/Authentication/Result', long(33), 'maxLength'],
    ['/VoiceIdResult/FraudDetection/ScoreThreshold', -1, 'minimum'],
    ['/VoiceIdResult/FraudDetection/ScoreThreshold', 101, 'maximum'],
    ['/VoiceIdResult/FraudDetection/Reasons/0', '', 'minLength'],
    ['/VoiceIdResult/FraudDetection/Reasons/0', long(129), 'maxLength'],
    ['/VoiceIdResult/FraudDetection/RiskScoreKnownFraudster', -1, 'minimum'],
    ['/VoiceIdResult/FraudDetection/RiskScoreKnownFraudster', 101, 'maximum'],
    ['/VoiceIdResult/FraudDetection/GeneratedFraudsterID', long(24), 'minLength'],
    ['/VoiceIdResult/FraudDetection/GeneratedFraudsterID', long(26), 'maxLength'],
    ['/VoiceIdResult/FraudDetection/WatchlistID', long(21), 'minLength'],
    ['/VoiceIdResult/FraudDetection/WatchlistID', long(23), 'maxLength'],
    ['/RoutingCriteria/Index', -1, 'minimum'],
    ['/RoutingCriteria/Steps', [], 'minItems'],
    ['/RoutingCriteria/Steps', [{}, {}, {}, {}, {}, {}], 'maxItems'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Name', '', 'minLength'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Name', long(65), 'maxLength'],
    ['/RoutingCriteria/Steps/0/Expression/NotAttributeCondition/Value', '', 'minLength'],
    ['/RoutingCriteria/Steps/0/Expression/NotAttributeCondition/Value', long(65), 'maxLength'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Range/MinProficiencyLevel', 0.5, 'minimum'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Range/MinProficiencyLevel', 6, 'maximum'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Range/MaxProficiencyLevel', 0, 'minimum'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/Range/MaxProficiencyLevel', 5.5, 'maximum'],
    ['/RoutingCriteria/Steps/0/Expression/AttributeCondition/MatchCriteria/AgentsCriteria/AgentIds/0', long(257), 'maxLength'],
    ['/RoutingCriteria/Steps/0/Expiry/DurationInSeconds', -1, 'minimum'],
    ['/OutboundStrategy/Config/AgentFirst/Preview/PostAcceptTimeoutConfig/DurationInSeconds', -1, 'minimum'],
    ['/SegmentAttributes/connect:Subtype/ValueString', long(1025), 'maxLength'],
    ['/Tags/', 'empty key', 'minLength'],
    [`/Tags/${long(129)}`, 'long key', 'maxLength'],
    ['/Tags/Department', long(257), 'maxLength'],
  ] as [string, unknown, string][]).map(([pointer, value, keyword]): Case => {
    const onKey = value === 'empty key' || value === 'long key';
    const tags = pointer.startsWith('/Tags/');
    const code = tags ? (onKey ? 'tag-key' : 'tag-value') : ['minimum', 'maximum'].includes(keyword) ? 'range' : 'length';
    return [`${keyword} of ${pointer}`, pointer, onKey ? 'v' : value, keyword, code];
  });

  const matches = (error: ErrorObject, pointer: string, keyword: string) =>
    error.keyword === keyword &&
    (error.instancePath === pointer ||
      `${error.instancePath}/${String(error.propertyName ?? error.params.additionalProperty)}` === pointer);

  for (const [what, pointer, value, keyword, code] of [...cases, ...bounds]) {
    test(`${what}: ${keyword} at ${pointer.length > 60 ? `${pointer.slice(0, 60)}...` : pointer}`, () => {
      const document = at(pointer, value);
      const errors = errorsOf(document);
      assert.ok(
        errors.some((error) => matches(error, pointer, keyword)),
        `expected ${keyword} at ${pointer}, got ${errors.map((e) => `${e.keyword}@${e.instancePath}`).join(', ')}`,
      );
      const problems = problemsOf(document);
      assert.ok(
        problems.some((problem) => problem.code === code && problem.pointer === pointer),
        `expected ${code} at ${pointer}, got ${problems.map((p) => `${p.code}@${p.pointer}`).join(', ')}`,
      );
    });
  }

  test('an unknown key is told the member it probably meant', () => {
    const problems = problemsOf({ InstanceArn: 'x', Agent: { Arn: 'y' } });
    assert.ok(problems.some((p) => p.pointer === '/InstanceArn' && p.message.includes('Did you mean "InstanceARN"')), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.pointer === '/Agent/Arn' && p.message.includes('Did you mean "ARN"')), JSON.stringify(problems));
  });

  test('a bad timestamp is described in words', () => {
    const [problem] = problemsOf({ InitiationTimestamp: '2025-03-11 09:14:02' });
    assert.equal(problem.code, 'timestamp');
    assert.match(problem.message, /ISO 8601 UTC date-time .*such as 2024-05-29T16:00:00Z/);
  });

  test('the cases cover every bound of every bounded member', () => {
    // Bounds are told apart by the schema object that holds them (ajv's schemaPath is relative to the $ref).
    const boundKeywords = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'maxProperties'];
    const declared = new Map<JsonSchema, string>();
    const collect = (node: JsonSchema | undefined, path: string) => {
      if (node === undefined) return;
      if (boundKeywords.some((keyword) => keyword in node)) declared.set(node, path);
      collect(node.items, `${path}/items`);
      collect(node.propertyNames, `${path}/propertyNames`);
      if (typeof node.additionalProperties === 'object') collect(node.additionalProperties, `${path}/additionalProperties`);
    };
    for (const [name, def] of Object.entries(defs)) {
      if (name === 'ExternalThirdParty') continue; // checked on its own above
      collect(def, `#/$defs/${name}`);
      for (const [member, node] of Object.entries(def.properties ?? {})) collect(node, `#/$defs/${name}/properties/${member}`);
    }
    const wanted = new Set<string>();
    for (const [node, path] of declared) for (const keyword of boundKeywords) if (keyword in node) wanted.add(`${path}/${keyword}`);
    const hit = new Set<string>();
    for (const [, pointer, value, keyword] of [...bounds, ...cases]) {
      for (const error of errorsOf(at(pointer, value))) {
        const path = declared.get(error.parentSchema as JsonSchema);
        if (path !== undefined && matches(error, pointer, keyword)) hit.add(`${path}/${keyword}`);
      }
    }
    assert.ok(wanted.size > 90, `only ${wanted.size} bounds found`);
    assert.deepEqual([...wanted].filter((path) => !hit.has(path)), []);
  });
});
