// The schemas on their own, in an independent validator (@hyperjump/json-schema, formats
// checked): both are valid 2020-12, and on a corpus of documents it gives the same verdict as
// our service, except where the service knows more than a schema can say (listed, with why).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { registerSchema, setShouldValidateFormat, validate, type Output, type OutputUnit, type Validator } from '@hyperjump/json-schema/draft-2020-12';
import { BASIC } from '@hyperjump/json-schema/experimental';
import '@hyperjump/json-schema/formats';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import schema2024 from '../../schemas/contact.schema.json';
import schema2026 from '../../schemas/contact-2026-08.schema.json';
import schemaFlowEvent from '../../schemas/contact-flow-event.schema.json';
import schemaRecord from '../../schemas/contact-record.schema.json';
import schemaEvent from '../../schemas/contact-event.schema.json';
import { documentOf, service, service2026 } from './helpers';
import { WARNING_CODES } from '../../server/src/service/rules/validate';

const META_SCHEMA = 'https://json-schema.org/draft/2020-12/schema';
const examples = join(__dirname, '..', '..', 'examples');
type Model = '2024-09' | '2026-08';
const models: Record<Model, { schema: { $id: string }; service: typeof service }> = {
  '2024-09': { schema: schema2024, service },
  '2026-08': { schema: schema2026, service: service2026 },
};

/**
 * Why the two may disagree on a document: what our service checks beyond the schema (or, for
 * newer-api, more leniently than the schema of the older model alone).
 */
const reasons = {
  duplicateKey: 'duplicate keys: JSON.parse keeps the last of two equal keys, so a validator sees one object; the service reads the text',
  int64: '64-bit integers: a JSON number beyond 2^53 is rounded before a validator sees it (and so is the bound); the service judges the literal text',
  leapSecond: 'a leap second: the pattern allows :60 in any minute; the service reads the instant and allows it only at 23:59 UTC',
  newerApi: 'newer data under 2024-09: the 2024-09 schema alone rejects what only 2026-08 allows; the service makes it a newer-api warning',
} as const;

interface Case {
  name: string;
  text: string;
  /** Our service's verdict, where it differs from the validator's: per model, and why. */
  differs?: Partial<Record<Model, keyof typeof reasons>>;
  /** The error or warning codes our service gives, where the case is about them. */
  codes?: Partial<Record<Model, string[]>>;
}

const json = (value: unknown) => JSON.stringify(value);

const corpus: Case[] = [
  // Valid in both.
  { name: 'an empty contact', text: '{}' },
  { name: 'a DescribeContact response', text: json({ Contact: { Id: 'c-1', Channel: 'VOICE' } }) },
  { name: 'an array of contacts and responses', text: json([{ Id: 'a' }, { Contact: { Id: 'b' } }]) },
  {
    name: 'timestamps in every accepted form',
    text: json({
      InitiationTimestamp: '2024-05-29T16:00:00Z',
      ConnectedToSystemTimestamp: '2024-05-29 16:00:01.123000+00:00',
      LastUpdateTimestamp: '2024-05-29t18:00:02+02',
      DisconnectTimestamp: '2024-05-29T16:30:00.5+0000',
      ScheduledTimestamp: 1716998400.123,
      QueueInfo: { EnqueueTimestamp: '2024-05-29T18:30:05+02:30' },
      CustomerVoiceActivity: { GreetingStartTimestamp: '2024-02-29T00:00:00z' },
    }),
  },
  { name: 'a leap second at 23:59 UTC', text: json({ InitiationTimestamp: '2016-12-31T23:59:60Z' }) },
  { name: 'the largest Long', text: '{"QueuePriority": 9223372036854775807}' },
  {
    name: 'cross-field warnings only: a schema cannot compare members, the service warns',
    text: json({ Id: 'c-1', Arn: 'not-an-arn', PreviousContactId: 'c-1', TotalPauseCount: 0, TotalPauseDurationInSeconds: 30, LastUpdateTimestamp: 1716998400000 }),
    codes: {
      '2024-09': ['arn-format', 'self-reference', 'pause-inconsistent', 'epoch-milliseconds'],
      '2026-08': ['arn-format', 'self-reference', 'pause-inconsistent', 'epoch-milliseconds'],
    },
  },

  // Invalid in both.
  { name: 'a string where the contact belongs', text: json({ Contact: 'example-value' }) },
  { name: 'a string document', text: '"x"' },
  { name: 'null', text: 'null' },
  { name: 'an enum value in the wrong case', text: json({ Channel: 'voice' }) },
  { name: 'a misspelt member', text: json({ Chanel: 'CHAT' }) },
  { name: 'both exclusive members', text: json({ QueuePriority: 1, QueueTimeAdjustmentSeconds: 2 }) },
  { name: 'a Long below its minimum', text: json({ QueuePriority: 0 }) },
  { name: 'a fraction for an integer', text: json({ QueuePriority: 1.5 }) },
  { name: 'null for an absent member', text: json({ DisconnectTimestamp: null }) },
  { name: 'an empty Id', text: json({ Id: '' }) },
  { name: 'a month 13', text: json({ InitiationTimestamp: '2024-13-01T00:00:00Z' }) },
  { name: 'February 30th', text: json({ InitiationTimestamp: '2024-02-30T00:00:00Z' }) },
  { name: 'February 29th of a common year', text: json({ InitiationTimestamp: '2023-02-29T00:00:00Z' }) },
  { name: 'February 29th of 1900', text: json({ InitiationTimestamp: '1900-02-29T00:00:00Z' }) },
  { name: 'a date-time without a zone', text: json({ InitiationTimestamp: '2024-05-29T16:00:00' }) },
  { name: 'a one-digit offset', text: json({ InitiationTimestamp: '2024-05-29T16:00:00+5:00' }) },
  { name: 'a word for a timestamp', text: json({ QueueInfo: { EnqueueTimestamp: 'soon' } }) },
  { name: 'true for a timestamp', text: json({ InitiationTimestamp: true }) },
  { name: 'seven tags', text: json({ Tags: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6', g: '7' } }) },
  { name: 'an aws: tag', text: json({ Tags: { 'aws:x': '1' } }) },
  { name: 'a number as a tag value', text: json({ Tags: { team: 1 } }) },
  { name: 'a segment attribute key with a space', text: json({ SegmentAttributes: { 'bad key': { ValueString: 'x' } } }) },
  { name: 'a proficiency out of range, four levels down', text: json({ RoutingCriteria: { Steps: [{ Expression: { AndExpression: [{ AttributeCondition: { ProficiencyLevel: 6 } }] } }] } }) },
  { name: 'a flow definition (not a contact)', text: json({ Version: '2019-10-30', StartAction: 'a', Actions: [] }) },
  { name: 'a value invalid in both models', text: json({ Channel: 'SMS' }) },

  // Where they differ.
  { name: 'a duplicate key', text: '{"Channel": "VOICE", "Channel": "CHAT"}', differs: { '2024-09': 'duplicateKey', '2026-08': 'duplicateKey' } },
  { name: 'one more than the largest Long', text: '{"QueuePriority": 9223372036854775808}', differs: { '2024-09': 'int64', '2026-08': 'int64' } },
  { name: 'a fraction too small for a double to keep, on a Long', text: '{"QueuePriority": 9007199254740993.5}', differs: { '2024-09': 'int64', '2026-08': 'int64' } },
  { name: 'a leap second at noon', text: json({ InitiationTimestamp: '2016-12-31T12:00:60Z' }), differs: { '2024-09': 'leapSecond', '2026-08': 'leapSecond' } },
  { name: 'a value added in 2024-11', text: json({ Channel: 'EMAIL' }), differs: { '2024-09': 'newerApi' }, codes: { '2024-09': ['newer-api'] } },
  {
    name: 'members added since',
    text: json({ Recordings: [{ StorageType: 'S3' }], AgentInfo: { AgentInitiatedHoldDuration: 3 } }),
    differs: { '2024-09': 'newerApi' },
    codes: { '2024-09': ['newer-api', 'newer-api'] },
  },
  { name: 'a member of the SDK of 2026-09', text: json({ AgentInfo: { ActiveRegion: 'us-west-2' } }), differs: { '2024-09': 'newerApi' }, codes: { '2024-09': ['newer-api'] } },
];

// The examples, as files: each must get the same verdict from both. Two are not for a schema
// validator: broken.contact.json is not JSON at all (a syntax matter), and warnings.contact.json
// shows newer data, which the 2024-09 schema alone rejects and our service only warns about.
const exampleDifferences: Record<string, Case['differs']> = { 'warnings.contact.json': { '2024-09': 'newerApi' } };
// The examples of the other formats are checked against their own schemas, below.
const otherFormats: Record<string, { $id: string }> = {
  'lambda-event.contact.json': schemaFlowEvent,
  'trace-record.contact.json': schemaRecord,
  'eventbridge-event.contact.json': schemaEvent,
};
for (const file of readdirSync(examples).filter((name) => name.endsWith('.json') && name !== 'broken.contact.json' && !Object.hasOwn(otherFormats, name)).sort()) {
  corpus.push({ name: `examples/${file}`, text: readFileSync(join(examples, file), 'utf8'), differs: exampleDifferences[file] });
}

/** The errors of a BASIC output (a valid output has none). */
const errorsOf = (output: Output): OutputUnit[] => (output.valid ? [] : (output.errors ?? []));

/** Our verdict: valid when no diagnostic is an error (warnings do not fail a file). */
function ourVerdict(model: Model, text: string): { valid: boolean; codes: string[] } {
  const { service: ours } = models[model];
  const document = documentOf(text);
  const diagnostics = ours.doValidation(document, ours.parse(document));
  return { valid: diagnostics.every((d) => d.severity !== DiagnosticSeverity.Error), codes: diagnostics.map((d) => String(d.code)) };
}

describe('the schemas in an independent validator (@hyperjump/json-schema)', () => {
  const validators = {} as Record<Model, Validator>;
  before(async () => {
    // Formats checked, as the strictest standard validator would: the schemas must not lean on a format.
    setShouldValidateFormat(true);
    for (const model of Object.keys(models) as Model[]) {
      registerSchema(models[model].schema);
      validators[model] = await validate(models[model].schema.$id);
    }
  });

  for (const model of Object.keys(models) as Model[]) {
    test(`${model}: valid against the 2020-12 meta-schema`, async () => {
      const output = await validate(META_SCHEMA, models[model].schema, BASIC);
      assert.deepEqual(errorsOf(output), []);
      assert.equal(output.valid, true);
    });
  }

  test('a non-object contact fails `type` alone, not also the exclusivity rule', () => {
    for (const model of Object.keys(models) as Model[]) {
      const output = validators[model]({ Contact: 'example-value' }, BASIC);
      assert.deepEqual(
        errorsOf(output).map((error) => [error.keyword, error.instanceLocation]),
        [['https://json-schema.org/keyword/type', '#/Contact']],
        model,
      );
    }
  });

  for (const item of corpus) {
    test(item.name, () => {
      for (const model of Object.keys(models) as Model[]) {
        // JSON.parse, as any validator's caller would read the file.
        const theirs = validators[model](JSON.parse(item.text)).valid;
        const ours = ourVerdict(model, item.text);
        const reason = item.differs?.[model];
        if (reason === undefined) {
          assert.equal(ours.valid, theirs, `${model}: service ${ours.valid ? 'valid' : `invalid (${ours.codes.join(', ')})`}, validator ${theirs ? 'valid' : 'invalid'}`);
        } else {
          // The direction of each difference is fixed by its reason.
          const serviceStricter = reason !== 'newerApi';
          assert.deepEqual({ ours: ours.valid, theirs }, { ours: !serviceStricter, theirs: serviceStricter }, `${model}: ${reasons[reason]}`);
        }
        const codes = item.codes?.[model];
        if (codes !== undefined) assert.deepEqual(ours.codes, codes, model);
      }
    });
  }

  test('the expected differences are each explained by the codes the service gives', () => {
    const expected: Record<keyof typeof reasons, string> = { duplicateKey: 'duplicate-key', int64: 'range|type', leapSecond: 'timestamp', newerApi: 'newer-api' };
    for (const item of corpus) {
      for (const [model, reason] of Object.entries(item.differs ?? {}) as [Model, keyof typeof reasons][]) {
        const { codes } = ourVerdict(model, item.text);
        const explains = (code: string) => new RegExp(`^(?:${expected[reason]})$`).test(code);
        // The cross-field warnings are no schema matter: they may stand beside the difference.
        const schemaCodes = codes.filter((code) => !WARNING_CODES.includes(code) || code === 'newer-api');
        assert.equal(schemaCodes.length > 0 && schemaCodes.every(explains), true, `${item.name} (${model}): ${codes.join(', ')}`);
      }
    }
  });
});

describe('the other formats\' schemas in the independent validator', () => {
  const registered = new Set<string>();
  for (const [file, schema] of Object.entries(otherFormats)) {
    test(`${schema.$id}: valid 2020-12, and examples/${file} valid against it, as for our service`, async () => {
      setShouldValidateFormat(true);
      registerSchema(schema);
      registered.add(schema.$id);
      assert.deepEqual(errorsOf(await validate(META_SCHEMA, schema, BASIC)), []);
      const text = readFileSync(join(examples, file), 'utf8');
      assert.deepEqual(errorsOf(await validate(schema.$id, JSON.parse(text), BASIC)), []);
      assert.deepEqual(ourVerdict('2024-09', text), { valid: true, codes: [] });
    });
  }

  test('the mistakes of examples/format-mistakes.contact.json: each item invalid against its own schema there too', async () => {
    for (const schema of Object.values(otherFormats)) if (!registered.has(schema.$id)) registerSchema(schema);
    const items: ReturnType<typeof JSON.parse>[] = JSON.parse(readFileSync(join(examples, 'format-mistakes.contact.json'), 'utf8'));
    const schemas = [schemaFlowEvent, schemaRecord, schemaEvent];
    for (const [index, item] of items.entries()) {
      assert.equal((await validate(schemas[index].$id, item, BASIC)).valid, false, `item ${index}`);
      assert.equal(ourVerdict('2024-09', JSON.stringify(item)).valid, false, `item ${index}`);
    }
  });
});
