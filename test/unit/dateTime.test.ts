// The hand-written date-time reader (server/src/service/dateTime.ts): what it accepts, the
// instants it gives, and agreement with the engine's own Date.parse on many generated values;
// then the schema's Timestamp pattern, which says the same for validators other than ours.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import schema2024 from '../../schemas/contact.schema.json';
import schema2026 from '../../schemas/contact-2026-08.schema.json';
import { dateTimeInstant, isDateTime } from '../../server/src/service/reading/dateTime';

describe('date-time reader', () => {
  test('accepts the forms the schema describes, with their instants', () => {
    const cases: [string, string][] = [
      ['2024-05-29T16:00:00Z', '2024-05-29T16:00:00.000Z'],
      ['2024-05-29t16:00:00z', '2024-05-29T16:00:00.000Z'],
      ['2024-05-29 16:00:00.123+00:00', '2024-05-29T16:00:00.123Z'],
      ['2024-05-29T16:00:00.123456789Z', '2024-05-29T16:00:00.123Z'],
      ['2024-05-29T18:30:00+02:30', '2024-05-29T16:00:00.000Z'],
      ['2024-05-29T18:30:00+0230', '2024-05-29T16:00:00.000Z'],
      ['2024-05-29T08:00:00-08', '2024-05-29T16:00:00.000Z'],
      ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
      ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
      ['0050-01-01T00:00:00Z', '0050-01-01T00:00:00.000Z'],
      ['1969-12-31T23:59:59.5Z', '1969-12-31T23:59:59.500Z'],
    ];
    for (const [text, iso] of cases) {
      assert.equal(isDateTime(text), true, text);
      assert.equal(new Date(dateTimeInstant(text)!).toISOString(), iso, text);
    }
  });

  test('a leap second only at 23:59 UTC', () => {
    assert.equal(isDateTime('2016-12-31T23:59:60Z'), true);
    assert.equal(isDateTime('2016-12-31T15:59:60-08:00'), true);
    assert.equal(isDateTime('2016-12-31T12:00:60Z'), false);
  });

  test('rejects what is not a date-time, or a date that does not exist', () => {
    for (const text of [
      '',
      '2024-05-29',
      '2024-05-29T16:00:00', // no zone
      '2024-05-29T16:00Z',
      '2024-05-29X16:00:00Z',
      '2024-05-29\t16:00:00Z',
      '2024/05/29T16:00:00Z',
      '2024-05-29T16:00:00.Z',
      '2024-05-29T16:00:00+5:00',
      '2024-05-29T16:00:00+05:0',
      '2024-05-29T16:00:00+24:00',
      '2024-05-29T16:00:00+05:60',
      '2024-05-29T16:00:00Z ',
      ' 2024-05-29T16:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-00-01T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2024-05-29T24:00:00Z',
      '2024-05-29T16:60:00Z',
      '2024-05-29T16:00:61Z',
      '２０２４-05-29T16:00:00Z',
    ]) {
      assert.equal(isDateTime(text), false, JSON.stringify(text));
      assert.equal(dateTimeInstant(text), undefined, JSON.stringify(text));
    }
  });

  test('agrees with Date.parse on 20,000 generated date-times', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 20_000; i++) {
      const year = 1 + random(9999);
      const month = 1 + random(12);
      const day = 1 + random(31);
      const time = `${pad(random(24))}:${pad(random(60))}:${pad(random(60))}`;
      const fraction = random(3) === 0 ? '' : `.${pad(random(1000), 3)}`;
      const zone = random(2) === 0 ? 'Z' : `${random(2) === 0 ? '+' : '-'}${pad(random(24))}:${pad(random(60))}`;
      const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${fraction}${zone}`;
      const parsed = Date.parse(text);
      // Date.parse rolls impossible dates over (April 31st -> May 1st): a real date reads back the same.
      const real = new Date(Date.UTC(2000, month - 1, day)).getUTCMonth() === month - 1 && (month !== 2 || day < 29 || year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
      assert.equal(dateTimeInstant(text), real ? parsed : undefined, text);
    }
  });
});

describe("the schema's Timestamp pattern, for other validators", () => {
  const timestamp = schema2024.$defs.Timestamp;
  // As ajv and @hyperjump/json-schema read it: an ECMAScript regular expression in unicode mode.
  const pattern = new RegExp(timestamp.pattern, 'u');
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  test('is the same in both models', () => {
    assert.deepEqual(schema2026.$defs.Timestamp, timestamp);
  });

  test('matches exactly the dates the reader accepts: month lengths and leap years', () => {
    // Every month and day from 00 to 32, in years of each kind: leap (2024), common (2023),
    // a century that is not a leap year (1900, 2100) and one that is (2000, 0000, 2400).
    for (const year of [0, 4, 100, 400, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T12:00:00Z`;
          assert.equal(pattern.test(text), isDateTime(text), text);
        }
      }
    }
  });

  test('matches exactly the times and zones the reader accepts, but for the instant of a leap second', () => {
    let leapSecondsOnlyThePatternAllows = 0;
    for (const hour of [0, 9, 19, 23, 24, 29]) {
      for (const minute of [0, 59, 60]) {
        for (const second of ['00', '59', '60', '61', '5']) {
          for (const fraction of ['', '.1', '.123456789', '.', '.x']) {
            for (const zone of ['Z', 'z', '+00', '-23', '+24', '+0530', '-05:30', '+05:60', '+5:30', '+05:3', '+05:30:00', 'Z ', '']) {
              for (const separator of ['T', 't', ' ', '_', '\t']) {
                const text = `2016-12-31${separator}${pad(hour)}:${pad(minute)}:${second}${fraction}${zone}`;
                const read = isDateTime(text);
                if (pattern.test(text) && !read && second === '60') leapSecondsOnlyThePatternAllows++;
                else assert.equal(pattern.test(text), read, JSON.stringify(text));
              }
            }
          }
        }
      }
    }
    assert.ok(isDateTime('2016-12-31T23:59:60Z') && pattern.test('2016-12-31T23:59:60Z'));
    assert.ok(!isDateTime('2016-12-31T12:00:60Z') && pattern.test('2016-12-31T12:00:60Z'));
    assert.ok(leapSecondsOnlyThePatternAllows > 0);
  });

  test('rejects what the reader rejects among the hand-picked cases above, and full-width digits', () => {
    for (const text of ['2024-05-29', '2024-05-29T16:00:00', '2024-05-29T16:00Z', '2024/05/29T16:00:00Z', ' 2024-05-29T16:00:00Z', '２０２４-05-29T16:00:00Z', '٢٠٢٤-05-29T16:00:00Z']) {
      assert.equal(pattern.test(text), false, text);
      assert.equal(isDateTime(text), false, text);
    }
  });

  test("the description's examples are accepted by the pattern and the reader", () => {
    const examples = [...timestamp.description.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(examples, ['2024-05-29T16:00:00Z', '2024-05-29 16:00:00.123+00:00']);
    for (const text of examples) {
      assert.equal(pattern.test(text), true, text);
      assert.equal(isDateTime(text), true, text);
    }
  });

  test('is not in the generated validators: the reader alone checks timestamps there, without a regular expression', () => {
    for (const name of ['contact-2024-09', 'contact-2026-08', 'formats-2024-09', 'formats-2026-08']) {
      const code = readFileSync(join(__dirname, '..', '..', 'server', 'generated', `${name}.js`), 'utf8');
      assert.ok(!code.includes('(?:0[13578]|1[02])-31'), `${name} has the timestamp pattern`);
      assert.match(code, /require\("\.\.\/src\/service\/reading\/dateTime"\)\.isDateTime/);
    }
  });
});
