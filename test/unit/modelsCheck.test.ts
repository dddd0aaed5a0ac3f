// `npm run models:check` (scripts/models-check.ts): the SDK's declarations read right, every kind of
// difference found, and our schemas as they stand against the SDK this project locks.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import schema2024 from '../../schemas/contact.schema.json';
import schema2026 from '../../schemas/contact-2026-08.schema.json';
import type { JsonSchema } from '../../server/src/service/schema/schema';
import { compareModels } from '../../scripts/models/compare';
import { readSdkModel, readSdkPackage } from '../../scripts/models/sdk';

// Written as the SDK writes its declarations (models_*.d.ts and enums.d.ts), trimmed.
const declarations = [
  `/**
 * <p>A contact.</p>
 * @public
 */
export interface Contact {
    /** <p>Its id.</p> @public */
    Id?: string | undefined;
    Channel?: Channel | undefined;
    InitiationTimestamp?: Date | undefined;
    TotalPauseCount?: number | undefined;
    AgentInfo?: AgentInfo | undefined;
    Steps?: Step[] | undefined;
    Tags?: Record<string, string> | undefined;
    Next?: NextMetadata | undefined;
    Extra?: Extra | undefined;
}
export interface AgentInfo {
    Id?: string | undefined;
    ActiveRegion?: string | undefined;
}
export interface Step {
    Status?: StepStatus | undefined;
    Steps?: Step[] | undefined;
}
export interface Extra {
    Flag?: boolean | undefined;
}
export type NextMetadata = NextMetadata.QuickMember | NextMetadata.$UnknownMember;
export declare namespace NextMetadata {
    interface QuickMember {
        Quick: string;
        $unknown?: never;
    }
    interface $UnknownMember {
        Quick?: never;
        $unknown: [string, any];
    }
    interface Visitor<T> {
        Quick: (value: string) => T;
        _: (name: string, value: any) => T;
    }
}`,
  `export declare const Channel: {
    readonly CHAT: "CHAT";
    readonly EMAIL: "EMAIL";
    readonly VOICE: "VOICE";
};
export type Channel = (typeof Channel)[keyof typeof Channel];
export declare const StepStatus: {
    readonly ACTIVE: "ACTIVE";
};`,
];

const timestamp = { type: ['string', 'number'], pattern: '^x$', 'x-format': 'date-time' };
const schema: JsonSchema = {
  $defs: {
    Timestamp: timestamp as JsonSchema,
    Contact: {
      title: 'Contact',
      type: 'object',
      additionalProperties: false,
      properties: {
        Id: { type: 'integer' },
        Channel: { type: 'string', enum: ['VOICE', 'CHAT', 'TASK'] },
        InitiationTimestamp: { $ref: '#/$defs/Timestamp' },
        TotalPauseCount: { type: 'integer' },
        AgentInfo: { $ref: '#/$defs/AgentInfo' },
        Steps: { type: 'array', items: { $ref: '#/$defs/Step' } },
        Tags: { type: 'object', additionalProperties: { type: 'string' } },
        Next: { $ref: '#/$defs/NextMetadata' },
        Gone: { type: 'string' },
      },
    },
    AgentInfo: { title: 'AgentInfo', type: 'object', additionalProperties: false, properties: { Id: { type: 'string' } } },
    Step: {
      title: 'RoutingStep',
      type: 'object',
      additionalProperties: false,
      properties: { Status: { type: 'string' }, Steps: { type: 'array', items: { $ref: '#/$defs/Step' } } },
    },
    NextMetadata: { title: 'NextMetadata', type: 'object', additionalProperties: false, properties: { Quick: { type: 'string' } } },
  },
};

describe('models:check', () => {
  test('reads structures, enums, lists, maps, timestamps and tagged unions from the declarations', () => {
    const model = readSdkModel(declarations);
    assert.deepEqual([...(model.structures.get('Contact') ?? [])], [
      ['Id', { kind: 'string' }],
      ['Channel', { kind: 'enum', name: 'Channel' }],
      ['InitiationTimestamp', { kind: 'timestamp' }],
      ['TotalPauseCount', { kind: 'number' }],
      ['AgentInfo', { kind: 'structure', name: 'AgentInfo' }],
      ['Steps', { kind: 'list', item: { kind: 'structure', name: 'Step' } }],
      ['Tags', { kind: 'map', value: { kind: 'string' } }],
      ['Next', { kind: 'union', name: 'NextMetadata' }],
      ['Extra', { kind: 'structure', name: 'Extra' }],
    ]);
    assert.deepEqual(model.enums.get('Channel'), ['CHAT', 'EMAIL', 'VOICE']);
    assert.deepEqual([...(model.structures.get('NextMetadata') ?? [])], [['Quick', { kind: 'string' }]], 'the members a union sets, not never or $unknown');
    assert.deepEqual([...model.unions], ['NextMetadata']);
  });

  test('lists every kind of difference, through lists, maps and recursion, each shape once', () => {
    assert.deepEqual(
      compareModels(readSdkModel(declarations), 'Contact', schema).map(({ path, message }) => `${path}: ${message}`),
      [
        'Contact.Id: the SDK has string, the schema number',
        'Contact.Channel: values missing from the schema: EMAIL',
        'Contact.Channel: values in the schema, not in the SDK: TASK',
        'AgentInfo.ActiveRegion: missing from the schema: string',
        'Step: the schema calls this shape RoutingStep',
        'Step.Status: the SDK has enum StepStatus (ACTIVE), the schema string',
        'NextMetadata: a tagged union in the SDK (exactly one member set); the schema allows an object without one',
        'Contact.Extra: missing from the schema: structure Extra',
        'Extra.Flag: missing from the schema (a new shape): boolean',
        'Contact.Gone: in the schema, not in the SDK',
      ],
    );
  });

  test('a union of one member is exactly one member when that member is required', () => {
    // A copy: schema.ts keeps the merged view of each $ref site, and the sites would be shared.
    const required = structuredClone(schema);
    (required.$defs as Record<string, JsonSchema>).NextMetadata.required = ['Quick'];
    assert.ok(!compareModels(readSdkModel(declarations), 'Contact', required).some((difference) => difference.path === 'NextMetadata'));
  });

  const sdk = readSdkPackage(join(__dirname, '..', '..', 'node_modules', '@aws-sdk', 'client-connect'));

  test('the newest schema (2026-08) has every name, type and value of the SDK this project locks', () => {
    assert.deepEqual(compareModels(sdk.model, 'DescribeContactResponse', schema2026 as JsonSchema), [], `@aws-sdk/client-connect ${sdk.version}: run npm run models:check`);
  });

  test('under 2024-09, everything the SDK has beyond the schema is recorded as added later, for newer-api', () => {
    const root = schema2024 as JsonSchema;
    const shape = (title: string) => Object.values(root.$defs ?? {}).find((definition) => definition.title === title);
    const unexplained: string[] = [];
    for (const { path, message } of compareModels(sdk.model, 'DescribeContactResponse', root)) {
      const [owner, member] = path.split('.');
      if (message.startsWith('missing from the schema (a new shape)')) continue; // inside a member added later
      if (message.startsWith('missing from the schema:') && shape(owner)?.['x-later-members']?.[member] !== undefined) continue;
      const values = /^values missing from the schema: (.*)$/.exec(message)?.[1].split(', ');
      const later = shape(owner)?.properties?.[member]?.['x-later-values'] ?? {};
      if (values !== undefined && values.every((value) => later[value] !== undefined)) continue;
      unexplained.push(`${path}: ${message}`);
    }
    assert.deepEqual(unexplained, []);
  });
});
