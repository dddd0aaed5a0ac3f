import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import schemaJson from '../../schemas/contact-flow-event.schema.json';
import { schemaProblems } from '../../server/src/service/rules/explain';
import { parseDocument } from '../../server/src/service/reading/parse';
import { annotationKeywords, childSchema, resolve, type JsonSchema } from '../../server/src/service/schema/schema';
import { createAjv } from '../../server/src/service/schema/validator';
import { walk } from './schemaWalk';

// The Lambda contact flow event schema on its own: not yet wired into the editor features.
const schema = schemaJson as JsonSchema;
const defs = schema.$defs ?? {};
const fixture: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'lambda-event.contact.json'), 'utf8'));
const validate = createAjv().compile(schemaJson);

/** ajv's errors for a document, as "keyword at instancePath" (plus the key for errors on a key). */
function errorsOf(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.keyword} at ${e.instancePath}${e.propertyName !== undefined ? ` key ${e.propertyName}` : ''}`);
}

/** The product's diagnostic codes for a document, as explain.ts makes them from this schema. */
function codesOf(document: unknown): string[] {
  const parsed = parseDocument(JSON.stringify(document));
  const compiled = { root: schema, validate: (value: unknown) => (validate(value) ? [] : [...(validate.errors ?? [])]) };
  return schemaProblems(parsed, compiled).map((problem) => `${problem.code} at ${problem.pointer}`);
}

/** A small valid event with `contactData` merged into its ContactData. */
function event(contactData: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Details: {
      ContactData: { ContactId: '0b5e2a71-3c4d-4e8f-9a10-b2c3d4e5f607', Channel: 'VOICE', Attributes: { plan: 'gold' }, ...contactData },
      Parameters: { action: 'lookup' },
    },
    Name: 'ContactFlowEvent',
    ...rest,
  };
}

const CD = '/Details/ContactData';
const audio = (members: Record<string, unknown>) => ({ MediaStreams: { Customer: { Audio: members } } });
const segment = (value: Record<string, unknown>) => ({ SegmentAttributes: { 'connect:Subtype': value } });
const recipients = (list: unknown[]) => ({ AdditionalEmailRecipients: { ToList: list } });

describe('the Lambda contact flow event schema', () => {
  test('is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });

  test("compiles in strict mode with the service's ajv and annotation keywords", () => {
    assert.equal(typeof createAjv().compile(schemaJson), 'function');
    assert.ok(annotationKeywords.includes('x-always-sent'));
  });

  test('names itself, and dispatches an array document item by item', () => {
    assert.equal(schemaJson.$id, 'https://contact-json.dev/schemas/contact-flow-event.schema.json');
    assert.ok(schema.title && schema.description);
    assert.deepEqual(schema.if, { type: 'array' });
    assert.deepEqual(schema.then, { type: 'array', items: { $ref: '#/$defs/ContactFlowEvent' } });
    assert.deepEqual(schema.else, { $ref: '#/$defs/ContactFlowEvent' });
  });

  test('has the 12 shapes of the event, each titled with its name, and their 53 members', () => {
    const shapes = Object.entries(defs).filter(([, def]) => def.properties !== undefined);
    assert.deepEqual(shapes.map(([name]) => name).sort(), [
      'AdditionalEmailRecipients', 'ContactData', 'ContactFlowDetails', 'ContactFlowEvent', 'CustomerAudio', 'EmailRecipient',
      'Endpoint', 'MediaStreams', 'MediaStreamsCustomer', 'Queue', 'Reference', 'SegmentAttributeValue',
    ]);
    for (const [name, def] of shapes) assert.equal(def.title, name);
    assert.equal(shapes.reduce((sum, [, def]) => sum + Object.keys(def.properties ?? {}).length, 0), 53);
    assert.deepEqual(Object.keys(defs.ContactData.properties ?? {}).sort(), [
      'AdditionalEmailRecipients', 'Attributes', 'AwsRegion', 'Capabilities', 'Channel', 'ContactId', 'CustomerEndpoint',
      'CustomerId', 'Description', 'InitialContactId', 'InitiationMethod', 'InstanceARN', 'LanguageCode', 'MediaStreams', 'Name',
      'PreviousContactId', 'Queue', 'References', 'RelatedContactId', 'SegmentAttributes', 'SystemEndpoint', 'Tags',
    ]);
  });

  test('every object is closed or a deliberate map, and every member, map value and definition is described', () => {
    for (const [pointer, node] of walk(schema)) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (node.properties !== undefined) {
        assert.equal(node.additionalProperties, false, `${pointer} must set additionalProperties: false`);
        for (const [name, member] of Object.entries(node.properties)) {
          assert.ok((member.description ?? '').length > 10, `${pointer}/properties/${name} has no description`);
        }
      } else if (types.includes('object')) {
        assert.equal(typeof node.additionalProperties, 'object', `${pointer} is an object with neither members nor a value schema`);
        assert.ok((node.additionalProperties as JsonSchema).description, `${pointer}/additionalProperties has no description`);
      }
      if (node.title !== undefined) assert.ok((node.description ?? '').length > 10, `${pointer} has no description`);
    }
  });

  test('uses no anyOf/oneOf/allOf, nor format, and only the annotation keywords the service knows', () => {
    const text = JSON.stringify(schema);
    for (const keyword of ['anyOf', 'oneOf', 'allOf', 'format']) assert.ok(!text.includes(`"${keyword}"`), keyword);
    const xKeywords = new Set(text.match(/"x-[a-z-]+"(?=:)/g)?.map((key) => key.slice(1, -1)));
    for (const keyword of xKeywords) assert.ok(annotationKeywords.includes(keyword), keyword);
  });

  test('null is allowed only through ["T", "null"] or if null then null else ...', () => {
    for (const [pointer, node] of walk(schema)) {
      if (node.if === undefined || pointer === '') continue;
      assert.deepEqual(node.if, { type: 'null' }, pointer);
      assert.deepEqual(node.then, { type: 'null' }, pointer);
      assert.ok(node.else !== undefined && node.description !== undefined, pointer);
    }
  });

  test('every $ref resolves and every definition is used', () => {
    const refs = new Set<string>();
    for (const [pointer, node] of walk(schema)) {
      if (node.$ref === undefined) continue;
      const name = node.$ref.replace('#/$defs/', '');
      assert.ok(defs[name], `${pointer}: ${node.$ref} does not resolve`);
      refs.add(name);
    }
    for (const name of Object.keys(defs)) assert.ok(refs.has(name), `$defs/${name} is never used`);
  });

  test('x-always-sent names members of its shape; only Details is required', () => {
    for (const [name, def] of Object.entries(defs)) {
      for (const member of def['x-always-sent'] ?? []) assert.ok(def.properties?.[member], `${name}: ${member}`);
      if (name !== 'ContactFlowEvent') assert.equal(def.required, undefined, name);
    }
    assert.deepEqual(defs.ContactFlowEvent.required, ['Details']);
    assert.deepEqual(defs.ContactData['x-always-sent'], [
      'Attributes', 'Channel', 'ContactId', 'CustomerEndpoint', 'InitialContactId', 'InitiationMethod', 'InstanceARN',
      'MediaStreams', 'PreviousContactId', 'Queue', 'SystemEndpoint',
    ]);
  });

  test('the timestamp is a pattern that says its form and raises the timestamp code', () => {
    const timestamp = defs.EpochMillisecondsString;
    assert.equal(timestamp.type, 'string');
    assert.ok(timestamp.pattern);
    assert.deepEqual(timestamp['x-error-codes'], { pattern: 'timestamp' });
    assert.match(timestamp['x-pattern-description'] ?? '', /epoch milliseconds/);
  });

  test('the full example validates, uses every shape and every member, and has no problems', () => {
    assert.deepEqual(errorsOf(fixture), []);
    assert.deepEqual(codesOf(fixture), []);
    const seen = new Set<string>();
    const visit = (node: JsonSchema, value: unknown) => {
      const here = resolve(schema, node, value);
      if (typeof value !== 'object' || value === null) return;
      if (here.title !== undefined) seen.add(here.title);
      for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
        if (here.properties !== undefined && typeof key === 'string') seen.add(`${here.title}.${key}`);
        const next = childSchema(here, key);
        if (next !== undefined) visit(next, child);
      }
    };
    visit(schema, fixture);
    const missing: string[] = [];
    for (const [name, def] of Object.entries(defs)) {
      if (def.type === 'object' && !seen.has(name)) missing.push(name);
      for (const member of Object.keys(def.properties ?? {})) if (!seen.has(`${name}.${member}`)) missing.push(`${name}.${member}`);
    }
    assert.deepEqual(missing, []);
  });

  test('partial fixtures validate: a fixture keeps only what its code reads', () => {
    for (const partial of [
      { Details: { ContactData: { ContactId: '5d0e9c2b-8a71-4f36-b4e2-19c7a0d3f58e', Attributes: { tier: 'silver' } } } },
      { Details: { Parameters: { orderNumber: 'A-20931' } } },
      { Details: { ContactData: { Queue: { Name: 'Returns' } } }, Name: 'ContactFlowEvent' },
      { Details: { ContactData: { MediaStreams: { Customer: { Audio: {} } } } } },
      [event(), event({ InitiationMethod: 'CALLBACK' })],
    ]) {
      assert.deepEqual(errorsOf(partial), [], JSON.stringify(partial));
    }
  });

  test('nulls where events write them, and any JSON in Parameters, are valid', () => {
    const nulls = event({
      AdditionalEmailRecipients: null, CustomerEndpoint: null, CustomerId: null, Description: null, LanguageCode: null, Name: null,
      Queue: { ARN: 'arn:aws:connect:us-west-2:210987654321:instance/1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9/queue/9e8d7c6b-5a49-4382-9172-6b5a4c3d2e1f', Name: 'Sales', OutboundCallerId: null },
      RelatedContactId: null, SegmentAttributes: null, SystemEndpoint: null, Tags: null,
      References: { brief: { Type: 'URL', Value: 'https://intranet.example/brief', Arn: null, Status: null, StatusReason: null } },
      ...audio({ StreamARN: null, StartTimestamp: null, StopTimestamp: null, StartFragmentNumber: null, StopFragmentNumber: null }),
    });
    assert.deepEqual(errorsOf(nulls), []);
    assert.deepEqual(errorsOf(event({ MediaStreams: { Customer: { Audio: null } } })), []);
    const json = event();
    (json.Details as Record<string, unknown>).Parameters = { count: 3, urgent: true, tags: ['a', 'b'], nested: { level: { deep: null } } };
    assert.deepEqual(errorsOf(json), []);
  });

  const long = (length: number) => 'x'.repeat(length);
  const invalid: [string, unknown, string, string][] = [
    // [what, document, ajv error, product code at pointer]
    ['Channel in the wrong case', event({ Channel: 'Voice' }), `enum at ${CD}/Channel`, `enum at ${CD}/Channel`],
    ['the docs placeholder for InitiationMethod', event({ InitiationMethod: 'INBOUND | OUTBOUND | TRANSFER | CALLBACK' }), `enum at ${CD}/InitiationMethod`, `placeholder at ${CD}/InitiationMethod`],
    ['the Rust fixture placeholder for InitiationMethod', event({ InitiationMethod: 'INBOUND/OUTBOUND/TRANSFER/CALLBACK' }), `enum at ${CD}/InitiationMethod`, `placeholder at ${CD}/InitiationMethod`],
    ['ContactFlowExecution as the event name', event({}, { Name: 'ContactFlowExecution' }), 'enum at /Name', 'enum at /Name'],
    ['an endpoint type that does not exist', event({ CustomerEndpoint: { Address: '+14255550199', Type: 'PHONE_NUMBER' } }), `enum at ${CD}/CustomerEndpoint/Type`, `enum at ${CD}/CustomerEndpoint/Type`],
    ["the docs' lower-case reference type", event({ References: { help: { Type: 'url', Value: 'https://help.example' } } }), `enum at ${CD}/References/help/Type`, `enum at ${CD}/References/help/Type`],
    ['a reference status that does not exist', event({ References: { scan: { Type: 'ATTACHMENT', Value: 'scan.png', Status: 'READY' } } }), `enum at ${CD}/References/scan/Status`, `enum at ${CD}/References/scan/Status`],
    ['an unknown ContactData key', event({ ContactID: 'x' }), `additionalProperties at ${CD}`, `unknown-property at ${CD}/ContactID`],
    ['an unknown top-level key', event({}, { Detail: {} }), 'additionalProperties at ', 'unknown-property at /Detail'],
    ['an unknown Queue key', event({ Queue: { Arn: 'arn:aws:connect:x' } }), `additionalProperties at ${CD}/Queue`, `unknown-property at ${CD}/Queue/Arn`],
    ['an unknown audio key', event(audio({ StartTime: '1716998400123' })), `additionalProperties at ${CD}/MediaStreams/Customer/Audio`, `unknown-property at ${CD}/MediaStreams/Customer/Audio/StartTime`],
    ['a number in the Attributes string map', event({ Attributes: { retries: 3 } }), `type at ${CD}/Attributes/retries`, `type at ${CD}/Attributes/retries`],
    ['a boolean in the Attributes string map', event({ Attributes: { vip: true } }), `type at ${CD}/Attributes/vip`, `type at ${CD}/Attributes/vip`],
    ['epoch seconds as the start timestamp', event(audio({ StartTimestamp: '1716998400' })), `pattern at ${CD}/MediaStreams/Customer/Audio/StartTimestamp`, `timestamp at ${CD}/MediaStreams/Customer/Audio/StartTimestamp`],
    ['an ISO date-time as the stop timestamp', event(audio({ StopTimestamp: '2024-05-29T16:01:01Z' })), `pattern at ${CD}/MediaStreams/Customer/Audio/StopTimestamp`, `timestamp at ${CD}/MediaStreams/Customer/Audio/StopTimestamp`],
    ['a timestamp as a number', event(audio({ StartTimestamp: 1716998400123 })), `type at ${CD}/MediaStreams/Customer/Audio/StartTimestamp`, `type at ${CD}/MediaStreams/Customer/Audio/StartTimestamp`],
    ['a fragment number that is not digits', event(audio({ StartFragmentNumber: 'frag-001' })), `pattern at ${CD}/MediaStreams/Customer/Audio/StartFragmentNumber`, `pattern at ${CD}/MediaStreams/Customer/Audio/StartFragmentNumber`],
    ['null ContactId', event({ ContactId: null }), `type at ${CD}/ContactId`, `type at ${CD}/ContactId`],
    ['null Attributes', event({ Attributes: null }), `type at ${CD}/Attributes`, `type at ${CD}/Attributes`],
    ['null MediaStreams', event({ MediaStreams: null }), `type at ${CD}/MediaStreams`, `type at ${CD}/MediaStreams`],
    ['null Channel', event({ Channel: null }), `type at ${CD}/Channel`, `type at ${CD}/Channel`],
    ['null Parameters', { Details: { Parameters: null } }, 'type at /Details/Parameters', 'type at /Details/Parameters'],
    ['null queue name', event({ Queue: { ARN: 'arn:aws:connect:x', Name: null } }), `type at ${CD}/Queue/Name`, `type at ${CD}/Queue/Name`],
    ['a ToList of plain strings', event(recipients(['ap@supplier.example'])), `type at ${CD}/AdditionalEmailRecipients/ToList/0`, `type at ${CD}/AdditionalEmailRecipients/ToList/0`],
    ['a fractional ValueInteger', event(segment({ ValueInteger: 1.5 })), `type at ${CD}/SegmentAttributes/connect:Subtype/ValueInteger`, `type at ${CD}/SegmentAttributes/connect:Subtype/ValueInteger`],
    ['no Details', { Name: 'ContactFlowEvent' }, 'required at ', 'required at '],
    ['a bad item of an array document', [event(), event({}, { Name: 'contactflowevent' })], 'enum at /1/Name', 'enum at /1/Name'],
    // One bound per bounded member.
    ['ValueString over 1024 characters', event(segment({ ValueString: long(1025) })), `maxLength at ${CD}/SegmentAttributes/connect:Subtype/ValueString`, `length at ${CD}/SegmentAttributes/connect:Subtype/ValueString`],
    ['a recipient address over 256 characters', event(recipients([{ Address: `${long(250)}@x.example` }])), `maxLength at ${CD}/AdditionalEmailRecipients/ToList/0/Address`, `length at ${CD}/AdditionalEmailRecipients/ToList/0/Address`],
    ['a recipient display name over 256 characters', event(recipients([{ Address: 'a@x.example', DisplayName: long(257) }])), `maxLength at ${CD}/AdditionalEmailRecipients/ToList/0/DisplayName`, `length at ${CD}/AdditionalEmailRecipients/ToList/0/DisplayName`],
    ['an empty tag key', event({ Tags: { '': 'x' } }), `minLength at ${CD}/Tags key `, `tag-key at ${CD}/Tags/`],
    ['a tag key over 128 characters', event({ Tags: { [long(129)]: 'x' } }), `maxLength at ${CD}/Tags key ${long(129)}`, `tag-key at ${CD}/Tags/${long(129)}`],
    ['a tag key with a space', event({ Tags: { 'cost centre': 'x' } }), `pattern at ${CD}/Tags key cost centre`, `tag-key at ${CD}/Tags/cost centre`],
    ['a tag value over 256 characters', event({ Tags: { team: long(257) } }), `maxLength at ${CD}/Tags/team`, `tag-value at ${CD}/Tags/team`],
    ['a tag value that is a number', event({ Tags: { floor: 3 } }), `type at ${CD}/Tags/floor`, `tag-value at ${CD}/Tags/floor`],
  ];

  for (const [what, document, error, code] of invalid) {
    test(`rejects ${what}`, () => {
      assert.ok(errorsOf(document).includes(error), `${error} not in ${JSON.stringify(errorsOf(document))}`);
      assert.ok(codesOf(document).includes(code), `${code} not in ${JSON.stringify(codesOf(document))}`);
    });
  }
});
