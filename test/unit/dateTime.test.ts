// The hand-written date-time reader (server/src/service/dateTime.ts): what it accepts, the
// instants it gives, and agreement with the engine's own Date.parse on many generated values.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateTimeInstant, isDateTime } from '../../server/src/service/dateTime';

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
