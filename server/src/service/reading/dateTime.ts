/**
 * The one reader of ISO 8601 / RFC 3339 date-time strings: the schema's `date-time` format
 * (the generated validators call `isDateTime`) and the instants of the cross-field checks,
 * hovers and inlay hints (`dateTimeInstant`).
 *
 * Written out character by character, without regular expressions, `split` or `Date`
 * objects, because a fixture file of 4,000 contacts holds some 20,000 timestamps, each
 * checked and then read again: the regular-expression version allocated three quarters
 * of everything a validation allocated, and took a third of its time.
 *
 * Accepted: `YYYY-MM-DD`, then `T`, `t` or a space, then `hh:mm:ss`, an optional fraction
 * of any length, and a zone: `Z`, `z`, `+hh`, `+hhmm` or `+hh:mm` (or `-`). The date must
 * exist (no February 30th); hours 00-23, minutes and seconds 00-59, and a leap second
 * (`:60`) only at 23:59 UTC, as RFC 3339 allows.
 */

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isDateTime(text: string): boolean {
  return dateTimeInstant(text) !== undefined;
}

/** Epoch milliseconds of a date-time string, or undefined when it is not one (see above). */
export function dateTimeInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 20) return undefined; // "2024-05-29T16:00:00Z" is the shortest
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined; // - - : :
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return undefined; // T t space
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month])) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;

  let at = 19;
  let fraction = 0; // milliseconds
  if (text.charCodeAt(at) === 46) {
    // "." and at least one digit; digits beyond the microsecond change nothing we show.
    let value = 0;
    let scale = 1;
    const start = ++at;
    for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(++at)) {
      if (scale < 1e9) {
        value = value * 10 + (code - 48);
        scale *= 10;
      }
    }
    if (at === start) return undefined;
    fraction = (value * 1000) / scale;
  }

  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) {
    // Z z
    if (at + 1 !== length) return undefined;
  } else if (zone === 43 || zone === 45) {
    // + -: hh, hhmm or hh:mm
    const rest = length - at - 1;
    const zoneHours = digits(text, at + 1, 2);
    let zoneMinutes = 0;
    if (rest === 4) zoneMinutes = digits(text, at + 3, 2);
    else if (rest === 5 && text.charCodeAt(at + 3) === 58) zoneMinutes = digits(text, at + 4, 2);
    else if (rest !== 2) return undefined;
    if (zoneHours < 0 || zoneMinutes < 0 || zoneHours > 23 || zoneMinutes > 59) return undefined;
    offsetMinutes = (zone === 45 ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  } else return undefined;

  const minuteOfDay = hour * 60 + minute - offsetMinutes; // in UTC, possibly outside 0..1439
  if (second === 60 && minuteOfDay !== 1439 && minuteOfDay !== -1) return undefined;
  return (daysFromCivil(year, month, day) * 1440 + minuteOfDay) * 60_000 + second * 1000 + fraction;
}

/** The number written by the `count` digits at `start`, or -1 if any of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`):
 * plain arithmetic, where `Date.UTC` would read the years 0-99 as 1900-1999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
