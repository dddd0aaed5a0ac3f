import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OTHER_FORMATS, markerMembers } from '../../server/src/formats';
import { FORMAT_IDS } from '../../server/src/formats/ids';
import type { JsonSchema } from '../../server/src/service/schema/schema';
import markers from '../../server/generated/markers.json';
import contact2026Json from '../../schemas/contact-2026-08.schema.json';
import { codes } from './helpers';

const contact2026 = contact2026Json as JsonSchema;

describe('the formats and their markers', () => {
  test('the ids list every format, Contact last', () => {
    assert.deepEqual(FORMAT_IDS, [...OTHER_FORMATS.map((format) => format.id), 'contact']);
  });

  test('the shapes the formats share are the same definitions in every schema, Contact 2026-08 included where it has them', () => {
    for (const name of ['Channel', 'InitiationMethod']) {
      const [first, ...others] = OTHER_FORMATS.map((format) => format.schema.$defs?.[name]);
      assert.ok(first !== undefined, name);
      for (const other of others) assert.deepEqual(other, first, name);
      assert.deepEqual(first.enum, (contact2026.$defs?.Contact.properties?.[name] as JsonSchema).enum, `${name}: the values of the 2026-08 model`);
    }
  });

  test('the build wrote the markers the schemas say (server/generated/markers.json)', () => {
    assert.deepEqual(markers, markerMembers());
  });

  // A text in which no marker appears as a key is read with Contact's validator alone
  // (models.ts): sound only if no document can meet an x-detect without one of them.
  test('every way to meet a format\'s x-detect needs one of the markers at the top', () => {
    const needsMarker = (condition: JsonSchema): boolean =>
      (condition.required ?? []).some((name) => markers.includes(name)) || (condition.anyOf !== undefined && condition.anyOf.every(needsMarker));
    for (const format of OTHER_FORMATS) {
      const detect = format.schema['x-detect'];
      assert.ok(detect !== undefined && needsMarker(detect), format.id);
    }
  });
});

describe('a marker spelled with escapes', () => {
  // The marker scan reads the raw text; JSON reads `"Detail\u0073"` as "Details".
  const event = (detailsKey: string) => `{"Name": "ContactFlowEvent", "${detailsKey}": {"ContactData": {"Channel": "voice"}, "Parameters": {}}}`;

  test('a Lambda event whose Details key is escaped is still read as a Lambda event', () => {
    assert.deepEqual(codes(event('Detail\\u0073')), codes(event('Details')));
    assert.deepEqual(codes(event('Details')), ['enum']);
  });

  test('a Contact with an escape in a value is still a Contact', () => {
    assert.deepEqual(codes('{"Id": "caf\\u00e9", "Channel": "voice"}'), ['enum']);
    assert.deepEqual(codes('{"Id": "caf\\u00e9", "Detailz": 1}'), ['unknown-property']);
  });
});
