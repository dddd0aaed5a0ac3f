import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schemaJson from '../../schemas/contact.schema.json';
import type { JsonSchema } from '../../server/src/service/schema/schema';
import { MODEL_VERSIONS } from '../../server/src/models';
import { defaultSettings, readSettings, workspaceDiagnosticsKey } from '../../server/src/settings';
import { FORMAT_IDS } from '../../server/src/formats/ids';
import { walk } from './schemaWalk';

const schema = schemaJson as JsonSchema;
const projectRoot = join(__dirname, '..', '..');

describe('the schema', () => {
  test('is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });

  test('Contact has exactly the 32 members of the specification', () => {
    assert.deepEqual(Object.keys(schema.$defs?.Contact.properties ?? {}).sort(), [
      'AgentInfo', 'AnsweringMachineDetectionStatus', 'Arn', 'Campaign', 'Channel', 'ConnectedToSystemTimestamp',
      'Customer', 'CustomerVoiceActivity', 'Description', 'DisconnectDetails', 'DisconnectTimestamp', 'Id',
      'InitialContactId', 'InitiationMethod', 'InitiationTimestamp', 'LastPausedTimestamp', 'LastResumedTimestamp',
      'LastUpdateTimestamp', 'Name', 'PreviousContactId', 'QualityMetrics', 'QueueInfo', 'QueuePriority',
      'QueueTimeAdjustmentSeconds', 'RelatedContactId', 'RoutingCriteria', 'ScheduledTimestamp', 'SegmentAttributes',
      'Tags', 'TotalPauseCount', 'TotalPauseDurationInSeconds', 'WisdomInfo',
    ]);
  });

  test('every member at every depth has a description, and every object is closed', () => {
    for (const [pointer, node] of walk(schema)) {
      if (node.properties !== undefined) {
        assert.equal(node.additionalProperties, false, `${pointer} must set additionalProperties: false`);
        for (const [name, member] of Object.entries(node.properties)) {
          assert.ok((member.description ?? '').length > 10, `${pointer}/properties/${name} has no description`);
        }
      }
      if (node.title !== undefined) assert.ok(node.description, `${pointer} has no description`);
    }
  });

  test('every $ref resolves and every definition is used', () => {
    const refs = new Set<string>();
    for (const [pointer, node] of walk(schema)) {
      if (node.$ref === undefined) continue;
      const name = node.$ref.replace('#/$defs/', '');
      assert.ok(schema.$defs?.[name], `${pointer}: ${node.$ref} does not resolve`);
      refs.add(name);
    }
    for (const name of Object.keys(schema.$defs ?? {})) assert.ok(refs.has(name), `$defs/${name} is never used`);
  });

  test('covers the 25 structures of the 2024 model, named as the model names them', () => {
    const structures = Object.entries(schema.$defs ?? {}).filter(([, def]) => def.properties !== undefined).map(([name]) => name);
    assert.equal(structures.length, 25);
    for (const name of ['AgentInfo', 'QueueInfo', 'WisdomInfo', 'RoutingCriteria', 'Step', 'Expression', 'AttributeCondition', 'MatchCriteria', 'AgentsCriteria', 'Expiry', 'Customer', 'Campaign', 'CustomerVoiceActivity', 'QualityMetrics', 'AgentQualityMetrics', 'CustomerQualityMetrics', 'AudioQualityMetricsInfo', 'DisconnectDetails', 'HierarchyGroups', 'AgentHierarchyGroup', 'DeviceInfo', 'ParticipantCapabilities', 'SegmentAttributeValue', 'Contact', 'DescribeContactResponse']) {
      assert.ok(structures.includes(name), name);
    }
  });

  test('works on its own in a plain JSON Schema validator', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const examples = join(projectRoot, 'examples');
    assert.equal(validate(JSON.parse(readFileSync(join(examples, 'valid.contact.json'), 'utf8'))), true, JSON.stringify(validate.errors));
    assert.equal(validate(JSON.parse(readFileSync(join(examples, 'mistakes.contact.json'), 'utf8'))), false);
  });
});

describe('the project', () => {
  test('settings defaults in the server equal those in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const declared: Record<string, { default: unknown; enum?: unknown[] }> = manifest.contributes.configuration.properties;
    // `contactJson.validate.enable` <-> defaultSettings.validate.enable, and so on for every setting.
    const flatten = (value: object, prefix: string): [string, unknown][] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null && !Array.isArray(child) && Object.keys(child).length > 0 ? flatten(child, `${prefix}${key}.`) : [[`${prefix}${key}`, child] as [string, unknown]],
      );
    const server = Object.fromEntries(flatten(defaultSettings, 'contactJson.'));
    // The trace setting is read by vscode-languageclient in the client, never by the server.
    const clientOnly = ['contactJson.trace.server'];
    assert.deepEqual(Object.keys(server).sort(), Object.keys(declared).filter((key) => !clientOnly.includes(key)).sort());
    for (const [key, value] of Object.entries(server)) assert.deepEqual(value, declared[key].default, key);
    // And what readSettings makes of nothing is exactly those defaults.
    // (rules and readAs come from the user and are read into objects without a prototype.)
    assert.deepEqual({ ...readSettings(undefined), rules: {}, readAs: {} }, { ...defaultSettings, rules: {}, readAs: {} });
    assert.deepEqual(Object.entries(readSettings(undefined).readAs), []);
    assert.deepEqual(declared['contactJson.modelVersion'].enum, [...MODEL_VERSIONS]);
    assert.deepEqual((declared['contactJson.readAs'] as unknown as { additionalProperties: { enum: string[] } }).additionalProperties.enum, FORMAT_IDS);
  });

  test('only settings that change diagnostics make the workspace be read again', () => {
    const key = (raw: unknown) => workspaceDiagnosticsKey(readSettings(raw));
    assert.equal(key({ inlayHints: { timestamps: false } }), key({}));
    assert.equal(key({ trace: { server: 'verbose' } }), key({}));
    for (const changed of [{ rules: { enum: 'off' } }, { modelVersion: '2026-08' }, { files: ['x/*.json'] }, { exclude: [] }, { maxFileSize: 1 }, { validate: { enable: false } }, { workspace: { enable: false } }, { readAs: { '*.json': 'contact-record' } }]) {
      assert.notEqual(key(changed), key({}), JSON.stringify(changed));
    }
  });

  test('nothing in the product or its tests reads ../shared', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', 'dist', '.git', '.cache'].includes(name)) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.(ts|mjs|js|json|sh)$|^run$/.test(name) && path !== __filename) {
          if (/\.\.\/shared|shared\/spec/.test(readFileSync(path, 'utf8'))) offenders.push(relative(projectRoot, path));
        }
      }
    };
    visit(projectRoot);
    assert.deepEqual(offenders, []);
  });
});
