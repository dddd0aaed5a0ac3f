import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { annotationKeywords, childSchema, resolve, type JsonSchema } from '../../server/src/service/schema/schema';
import { createAjv } from '../../server/src/service/schema/validator';
import { walk } from './schemaWalk';

// The EventBridge contact event schema on its own: not yet wired into the editor features, so
// this file checks the schema as any JSON Schema tool would use it, plus our conventions.

const projectRoot = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(projectRoot, 'schemas', 'contact-event.schema.json'), 'utf8')) as JsonSchema;
const fixturePath = join(projectRoot, 'examples', 'eventbridge-event.contact.json');
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as unknown[];
const defs = schema.$defs ?? {};

const validate = createAjv().compile(schema);

/** "keyword instancePath" of each error a person would be told about (not the wrappers). */
function errorsOf(value: unknown): string[] {
  assert.equal(validate(value), false, 'expected the document to be invalid');
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames')
    .map((error) => `${error.keyword} ${error.instancePath}`);
}

/** The diagnostic code our explain.ts would give an error: the schema's x-error-codes first. */
function codeOf(error: ErrorObject): string | undefined {
  return (error.parentSchema as JsonSchema | undefined)?.['x-error-codes']?.[error.keyword];
}

/** A copy of `base` with `value` at `pointer`, making the objects and arrays on the way. */
function withValue(base: unknown, pointer: string, value: unknown): unknown {
  const document = structuredClone(base);
  const parts = pointer.split('/').slice(1);
  let node = document as Record<string, unknown>;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      node[part] = value;
      return;
    }
    node[part] ??= /^\d+$/.test(parts[index + 1]) ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  return document;
}

/**
 * Walks a value with the schema as the editor features do (schema.ts: $ref, if/then/else by
 * shape) and calls `member` for every member of a shape that the value uses.
 */
function visit(site: JsonSchema, value: unknown, member: (shape: string, name: string) => void): void {
  const resolved = resolve(schema, site, value);
  if (Array.isArray(value)) {
    if (resolved.items !== undefined) for (const item of value) visit(resolved.items, item, member);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (resolved.properties !== undefined && Object.hasOwn(resolved.properties, key)) member(resolved.title ?? '?', key);
    const childSite = childSchema(resolved, key);
    if (childSite !== undefined) visit(childSite, child, member);
  }
}

/** The last member of a shape on the way to `pointer` in `document`: "Shape.member". */
function memberAt(document: unknown, pointer: string): string {
  let site: JsonSchema = schema;
  let value = document;
  let last = '';
  for (const part of pointer.split('/').slice(1)) {
    const resolved = resolve(schema, site, value);
    if (resolved.properties !== undefined && Object.hasOwn(resolved.properties, part)) last = `${resolved.title}.${part}`;
    const next = childSchema(resolved, Array.isArray(value) ? Number(part) : part);
    if (next === undefined) break;
    site = next;
    value = (value as Record<string, unknown>)[part];
  }
  return last;
}

const shapes = Object.entries(defs).filter(([, def]) => def.properties !== undefined);

describe('contact-event.schema.json', () => {
  test('is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    const { $schema, $id } = schema as { $schema?: string; $id?: string };
    assert.equal($schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal($id, 'https://contact-json.dev/schemas/contact-event.schema.json');
    assert.ok(schema.title && schema.description);
  });

  test('compiles in strict mode with our annotation keywords, and only with them', () => {
    assert.ok(annotationKeywords.includes('x-always-sent'));
    assert.equal(typeof createAjv().compile(schema), 'function');
    assert.throws(() => new Ajv2020({ strict: true, strictRequired: false }).compile(schema), /unknown keyword/);
  });

  test('uses only what the schema walker follows: no anyOf, oneOf, allOf, const or format; required only in if', () => {
    for (const [pointer, node] of walk(schema)) {
      for (const keyword of ['anyOf', 'oneOf', 'allOf', 'const', 'format', 'not']) {
        assert.equal(Object.hasOwn(node, keyword), false, `${pointer} uses ${keyword}`);
      }
      if (node.required !== undefined) assert.match(pointer, /\/if$/, `${pointer}: required outside a dispatch`);
    }
  });

  test('every object shape is closed or a deliberate map, and every member has a description', () => {
    for (const [pointer, node] of walk(schema)) {
      if (node.properties !== undefined) {
        assert.equal(node.type, 'object', `${pointer} has members but is not an object`);
        assert.equal(node.additionalProperties, false, `${pointer} must set additionalProperties: false`);
        for (const [name, member] of Object.entries(node.properties)) {
          assert.ok((member.description ?? '').length > 10, `${pointer}/properties/${name} has no description`);
        }
      } else if (node.type === 'object' && !pointer.endsWith('/if')) {
        assert.equal(typeof node.additionalProperties, 'object', `${pointer} is an object with no members: give its map's value type`);
      }
      if (node.title !== undefined) assert.ok((node.description ?? '').length > 10, `${pointer} has no description`);
    }
    for (const [name, def] of Object.entries(defs)) {
      assert.equal(def.title, name, `$defs/${name} has the title of its name`);
      assert.ok(def.description, `$defs/${name} has a description`);
    }
  });

  test('every $ref resolves and every definition is used', () => {
    const used = new Set<string>();
    for (const [pointer, node] of walk(schema)) {
      if (node.$ref === undefined) continue;
      const name = node.$ref.replace('#/$defs/', '');
      assert.ok(defs[name], `${pointer}: ${node.$ref} does not resolve`);
      used.add(name);
    }
    for (const name of Object.keys(defs)) assert.ok(used.has(name), `$defs/${name} is never used`);
  });

  test('null is allowed nowhere: contact events leave absent members out', () => {
    for (const [pointer, node] of walk(schema)) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      assert.equal(types.includes('null'), false, `${pointer} allows null`);
    }
    assert.match(schema.description ?? '', /null/);
  });

  test('has the envelope, the 30 members of detail and the 36 shapes (32 of the facts and 4 inside outboundStrategy.config)', () => {
    assert.deepEqual(Object.keys(defs.ContactEvent.properties ?? {}).sort(), [
      'account', 'detail', 'detail-type', 'id', 'region', 'replay-name', 'resources', 'source', 'time', 'version',
    ]);
    assert.deepEqual(Object.keys(defs.ContactEventDetail.properties ?? {}).sort(), [
      'agentInfo', 'answeringMachineDetectionStatus', 'campaign', 'channel', 'chatMetrics', 'connectedToSystemTimestamp',
      'contactDetails', 'contactEvaluations', 'contactId', 'contactLens', 'customerId', 'customerVoiceActivity',
      'disconnectReason', 'disconnectTimestamp', 'eventType', 'initialContactId', 'initiationMethod', 'initiationTimestamp',
      'instanceArn', 'outboundStrategy', 'previousContactId', 'queueInfo', 'recordings', 'relatedContactId',
      'routingCriteria', 'scheduledTimestamp', 'segmentAttributes', 'systemEndpoint', 'tags', 'updatedProperties',
    ]);
    assert.equal(shapes.length, 36);
    assert.equal(shapes.reduce((sum, [, def]) => sum + Object.keys(def.properties ?? {}).length, 0), 154);
  });

  test('keys in detail are camelCase at every depth, except the API names of SegmentAttributeValue', () => {
    for (const [name, def] of shapes) {
      if (name === 'ContactEvent' || name === 'SegmentAttributeValue') continue;
      for (const key of Object.keys(def.properties ?? {})) assert.match(key, /^[a-z][a-zA-Z0-9]*$/, `${name}.${key}`);
    }
  });

  test('x-always-sent names members of its shape, and nothing is required', () => {
    assert.deepEqual(defs.ContactEventDetail['x-always-sent'], ['eventType', 'contactId', 'channel', 'instanceArn', 'initiationMethod']);
    assert.deepEqual(defs.ContactEvent['x-always-sent'], ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    for (const [name, def] of shapes) {
      assert.equal(def.required, undefined, `${name} requires members`);
      for (const member of def['x-always-sent'] ?? []) assert.ok(def.properties?.[member], `${name}: x-always-sent names unknown ${member}`);
    }
  });

  test('Channel and InitiationMethod are the shared definitions, referenced', () => {
    // Identical in every format schema: test/unit/formats.test.ts.
    assert.equal(defs.ContactEventDetail.properties?.channel.$ref, '#/$defs/Channel');
    assert.equal(defs.ContactEventDetail.properties?.initiationMethod.$ref, '#/$defs/InitiationMethod');
  });

  test('timestamps are strings with a pattern, reported as timestamp, described in words', () => {
    for (const name of ['TimestampMillis', 'TimestampSeconds']) {
      const def = defs[name];
      assert.equal(def.type, 'string');
      assert.ok(def.pattern);
      assert.deepEqual(def['x-error-codes'], { pattern: 'timestamp' });
      assert.match(def['x-pattern-description'] ?? '', /ISO 8601 UTC date-time .*such as 20\d\d-/);
    }
    const millis = new RegExp(defs.TimestampMillis.pattern ?? '', 'u');
    const seconds = new RegExp(defs.TimestampSeconds.pattern ?? '', 'u');
    assert.ok(millis.test('2021-08-04T17:17:53.000Z') && millis.test('1970-01-01T00:00:00.001Z'));
    for (const bad of ['2021-08-04T17:17:53Z', '2021-08-04T17:17:53.0Z', '2021-08-04T17:17:53.000+00:00', '2021-08-04 17:17:53.000Z', '2021-13-04T17:17:53.000Z', '2021-08-04T24:00:00.000Z', '1628097473000']) {
      assert.equal(millis.test(bad), false, bad);
    }
    assert.ok(seconds.test('2021-08-04T17:43:48Z'));
    for (const bad of ['2021-08-04T17:43:48.000Z', '2021-08-04T17:43:48', '2021-08-04']) assert.equal(seconds.test(bad), false, bad);
  });
});

describe('the full example (examples/eventbridge-event.contact.json)', () => {
  test('validates with no errors, in our validator and in a plain one', () => {
    assert.equal(validate(fixture), true, JSON.stringify(validate.errors, null, 1));
    const plain = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    assert.equal(plain(fixture), true, JSON.stringify(plain.errors, null, 1));
  });

  test('uses every shape and every member at least once', () => {
    const used = new Set<string>();
    visit(schema, fixture, (shape, name) => used.add(`${shape}.${name}`));
    const all = shapes.flatMap(([shape, def]) => Object.keys(def.properties ?? {}).map((name) => `${shape}.${name}`));
    assert.deepEqual(all.filter((member) => !used.has(member)), []);
  });

  test('holds whole events and bare details', () => {
    const kinds = fixture.map((item) => resolve(schema, { $ref: '#/$defs/ContactEventDocument' }, item).title);
    assert.deepEqual(kinds, ['ContactEvent', 'ContactEvent', 'ContactEventDetail', 'ContactEventDetail']);
  });
});

describe('partial fixtures', () => {
  const partial: [string, unknown][] = [
    ['an envelope with source and a sparse detail', { source: 'aws.connect', detail: { eventType: 'QUEUED', contactId: 'c1' } }],
    ['an envelope with only detail-type', { 'detail-type': 'Amazon Connect Contact Event' }],
    ['a bare detail with three members', { eventType: 'DISCONNECTED', channel: 'CHAT', queueInfo: { queueArn: 'arn:aws:connect:us-west-2:210987654321:instance/i/queue/q' } }],
    ['an empty object', {}],
    ['an empty array', []],
    ['an array of a bare detail and an envelope', [{ contactId: 'c2' }, { source: 'aws.connect', detail: { channel: 'TASK' } }]],
  ];
  for (const [name, document] of partial) {
    test(`${name} validates`, () => assert.equal(validate(document), true, JSON.stringify(validate.errors)));
  }
});

describe('invalid documents fail with the expected keyword at the expected place', () => {
  const envelope = { source: 'aws.connect', detail: {} };
  const long = (n: number) => 'x'.repeat(n);
  const ms = '2025-03-12T09:30:05.214Z';

  /** [what, pointer to set, value, expected "keyword instancePath" list, code of the first error] */
  type Case = [string, string, unknown, string[], string?];
  const cases: Case[] = [
    // values
    ['channel written as in the AWS sample', '/detail/channel', 'Voice', ['enum /detail/channel']],
    ['the docs placeholder for initiationMethod', '/detail/initiationMethod', 'INBOUND | OUTBOUND | TRANSFER | CALLBACK', ['enum /detail/initiationMethod']],
    ['an unknown eventType', '/detail/eventType', 'CONTACT_QUEUED', ['enum /detail/eventType']],
    ['another source', '/source', 'aws.events', ['enum /source']],
    ['another detail-type', '/detail-type', 'Amazon Connect Agent Event', ['enum /detail-type']],
    ['version as a number', '/version', 0, ['type /version', 'enum /version']],
    ['an updatedProperties name Amazon Connect does not send', '/detail/updatedProperties', ['Attributes'], ['enum /detail/updatedProperties/0']],
    ['storageType as the docs print it', '/detail/recordings/0/storageType', 'Amazon S3', ['enum /detail/recordings/0/storageType']],
    ['the docs placeholder for a supervisor state', '/detail/agentInfo/stateTransitions/0/state', 'SILENT_MONITOR | BARGE', ['enum /detail/agentInfo/stateTransitions/0/state']],
    ['a proficiency level between levels', '/detail/routingCriteria/steps/0/expression/attributeCondition/proficiencyLevel', 2.5, ['enum /detail/routingCriteria/steps/0/expression/attributeCondition/proficiencyLevel']],
    ['SIT_TONE-DETECTED with the old hyphen', '/detail/answeringMachineDetectionStatus', 'SIT_TONE-DETECTED', ['enum /detail/answeringMachineDetectionStatus']],
    // unknown keys
    ['a PascalCase key in detail', '/detail/ContactId', 'c1', ['additionalProperties /detail']],
    ['a PascalCase key deeper down', '/detail/agentInfo/AgentArn', 'arn', ['additionalProperties /detail/agentInfo']],
    ['an unknown envelope key', '/detailType', 'Amazon Connect Contact Event', ['additionalProperties ']],
    // types
    ['a tag value that is a number', '/detail/tags/team', 7, ['type /detail/tags/team'], 'tag-value'],
    ['a task attribute that is a number', '/detail/contactDetails/priority', 3, ['type /detail/contactDetails/priority']],
    ['a segment attribute given as a plain string', '/detail/segmentAttributes/connect:Subtype', 'connect:Telephony', ['type /detail/segmentAttributes/connect:Subtype']],
    ['resources as one string', '/resources', 'arn:aws:connect:us-east-1:210987654321:instance/i', ['type /resources']],
    ['routingCriteria as an array', '/detail/routingCriteria', [{ steps: [] }], ['type /detail/routingCriteria']],
    ['hierarchyGroups as an ARN', '/detail/agentInfo/hierarchyGroups', 'arn:aws:connect:us-east-1:210987654321:instance/i/agent-group/g', ['type /detail/agentInfo/hierarchyGroups']],
    ['a duration as a string', '/detail/agentInfo/afterContactWorkDuration', '153', ['type /detail/agentInfo/afterContactWorkDuration']],
    // timestamps
    ['a detail timestamp without milliseconds', '/detail/initiationTimestamp', '2025-03-12T09:30:05Z', ['pattern /detail/initiationTimestamp'], 'timestamp'],
    ['a detail timestamp with an offset', '/detail/queueInfo/enqueueTimestamp', '2025-03-12T09:30:05.214+00:00', ['pattern /detail/queueInfo/enqueueTimestamp'], 'timestamp'],
    ['a detail timestamp in epoch milliseconds', '/detail/disconnectTimestamp', 1741771805214, ['type /detail/disconnectTimestamp']],
    ['an impossible month', '/detail/scheduledTimestamp', '2025-13-12T09:30:05.214Z', ['pattern /detail/scheduledTimestamp'], 'timestamp'],
    ['the envelope time with milliseconds', '/time', ms, ['pattern /time'], 'timestamp'],
    // null
    ['queueInfo null', '/detail/queueInfo', null, ['type /detail/queueInfo']],
    ['a timestamp null', '/detail/agentInfo/connectedToAgentTimestamp', null, ['type /detail/agentInfo/connectedToAgentTimestamp']],
    ['an id null', '/detail/previousContactId', null, ['type /detail/previousContactId']],
    ['detail null', '/detail', null, ['type /detail']],
    // bounds, one per bounded member
    ['an empty contactId', '/detail/contactId', '', ['minLength /detail/contactId']],
    ['a contactId too long', '/detail/contactId', long(257), ['maxLength /detail/contactId']],
    ['an initialContactId too long', '/detail/initialContactId', long(257), ['maxLength /detail/initialContactId']],
    ['an empty previousContactId', '/detail/previousContactId', '', ['minLength /detail/previousContactId']],
    ['a relatedContactId too long', '/detail/relatedContactId', long(257), ['maxLength /detail/relatedContactId']],
    ['two summary modes', '/detail/contactLens/conversationalAnalytics/configuration/summaryConfiguration/summaryModes', ['PostContact', 'PostContact'], ['maxItems /detail/contactLens/conversationalAnalytics/configuration/summaryConfiguration/summaryModes']],
    ['no routing step', '/detail/routingCriteria/steps', [], ['minItems /detail/routingCriteria/steps']],
    ['six routing steps', '/detail/routingCriteria/steps', [{}, {}, {}, {}, {}, {}], ['maxItems /detail/routingCriteria/steps']],
    ['a negative routing criteria index', '/detail/routingCriteria/index', -1, ['minimum /detail/routingCriteria/index']],
    ['a negative step expiry', '/detail/routingCriteria/steps/0/expiry/durationInSeconds', -5, ['minimum /detail/routingCriteria/steps/0/expiry/durationInSeconds']],
    ['an empty attribute name', '/detail/routingCriteria/steps/0/expression/attributeCondition/name', '', ['minLength /detail/routingCriteria/steps/0/expression/attributeCondition/name']],
    ['an attribute value too long', '/detail/routingCriteria/steps/0/expression/notAttributeCondition/value', long(65), ['maxLength /detail/routingCriteria/steps/0/expression/notAttributeCondition/value']],
    ['a proficiency range below 1', '/detail/routingCriteria/steps/0/expression/attributeCondition/range/minProficiencyLevel', 0, ['minimum /detail/routingCriteria/steps/0/expression/attributeCondition/range/minProficiencyLevel']],
    ['a proficiency range above 5', '/detail/routingCriteria/steps/0/expression/attributeCondition/range/maxProficiencyLevel', 6, ['maximum /detail/routingCriteria/steps/0/expression/attributeCondition/range/maxProficiencyLevel']],
    ['an agent id too long', '/detail/routingCriteria/steps/0/expression/attributeCondition/matchCriteria/agentsCriteria/agentIds/0', long(257), ['maxLength /detail/routingCriteria/steps/0/expression/attributeCondition/matchCriteria/agentsCriteria/agentIds/0']],
    ['an empty participantId', '/detail/chatMetrics/agentMetrics/participantId', '', ['minLength /detail/chatMetrics/agentMetrics/participantId']],
    ['a campaignId too long', '/detail/campaign/campaignId', long(101), ['maxLength /detail/campaign/campaignId']],
    ['an empty endpoint address', '/detail/systemEndpoint/address', '', ['minLength /detail/systemEndpoint/address']],
    ['an endpoint display name too long', '/detail/systemEndpoint/displayName', long(257), ['maxLength /detail/systemEndpoint/displayName']],
    ['a recording location too long', '/detail/recordings/0/location', long(257), ['maxLength /detail/recordings/0/location']],
    ['an evaluation export location too long', '/detail/contactEvaluations/form-1/exportLocation', long(257), ['maxLength /detail/contactEvaluations/form-1/exportLocation']],
    ['a segment attribute string too long', '/detail/segmentAttributes/connect:Subtype/ValueString', long(1025), ['maxLength /detail/segmentAttributes/connect:Subtype/ValueString']],
    ['an empty task attribute name', '/detail/contactDetails/', 'x', ['minLength /detail/contactDetails']],
    ['a task attribute name too long', `/detail/contactDetails/${long(129)}`, 'x', ['maxLength /detail/contactDetails']],
    ['a task attribute value too long', '/detail/contactDetails/notes', long(1025), ['maxLength /detail/contactDetails/notes']],
    ['nine tags', '/detail/tags', Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 'v'])), ['maxProperties /detail/tags'], 'tags-max'],
    ['a tag key with the reserved prefix', '/detail/tags/aws:team', 'renewals', ['pattern /detail/tags'], 'tag-key'],
    ['a tag key too long', `/detail/tags/${long(129)}`, 'v', ['maxLength /detail/tags'], 'tag-key'],
    ['a tag value too long', '/detail/tags/team', long(257), ['maxLength /detail/tags/team'], 'tag-value'],
  ];
  for (const member of ['totalMessages', 'totalBotMessages', 'totalBotMessageLengthInChars', 'conversationCloseTimeInMillis', 'conversationTurnCount', 'agentFirstResponseTimeInMillis']) {
    cases.push([`a negative ${member}`, `/detail/chatMetrics/chatContactMetrics/${member}`, -1, [`minimum /detail/chatMetrics/chatContactMetrics/${member}`]]);
  }
  for (const member of ['messagesSent', 'numResponses', 'messageLengthInChars', 'totalResponseTimeInMillis', 'maxResponseTimeInMillis']) {
    cases.push([`a negative ${member}`, `/detail/chatMetrics/customerMetrics/${member}`, -1, [`minimum /detail/chatMetrics/customerMetrics/${member}`]]);
  }

  for (const [what, pointer, value, expected, code] of cases) {
    test(what, () => {
      const document = withValue(envelope, pointer, value);
      assert.deepEqual(errorsOf(document), expected);
      if (code !== undefined) assert.equal(codeOf(validate.errors?.find((error) => error.keyword !== 'propertyNames') as ErrorObject), code);
    });
  }

  test('the same mistakes in a bare detail are found at the same places, without /detail', () => {
    assert.deepEqual(errorsOf({ channel: 'Voice' }), ['enum /channel']);
    assert.deepEqual(errorsOf({ InitiationMethod: 'INBOUND' }), ['additionalProperties ']);
    assert.deepEqual(errorsOf([{ contactId: 'c1' }, { queueInfo: null }]), ['type /1/queueInfo']);
  });

  test('every bounded member has a case', () => {
    const boundKeys = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'maxProperties'] as const;
    const bounded = (node: JsonSchema | undefined): boolean =>
      node !== undefined && boundKeys.some((key) => node[key] !== undefined && !(key === 'minLength' && node[key] === 0));
    const expected = new Set<string>();
    for (const [shape, def] of shapes) {
      for (const [name, site] of Object.entries(def.properties ?? {})) {
        const member = site.$ref !== undefined ? defs[site.$ref.replace('#/$defs/', '')] : site;
        const additional = typeof member.additionalProperties === 'object' ? member.additionalProperties : undefined;
        if (member.$ref !== undefined || member.pattern !== undefined) continue; // timestamps: tested above
        if ([member, member.items, additional, member.propertyNames].some(bounded)) expected.add(`${shape}.${name}`);
      }
    }
    const covered = new Set(cases.map(([, pointer, value]) => memberAt(withValue(envelope, pointer, value), pointer)));
    assert.deepEqual([...expected].filter((member) => !covered.has(member)), []);
    assert.ok(expected.size >= 30, `only ${expected.size} bounded members found`);
  });
});
