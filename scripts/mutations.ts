// The mutations `npm run mutate` applies, one at a time (scripts/mutate.ts). Each is a small,
// realistic mistake, the kind a review misses: a bound moved by one, `<` for `<=`, an entry
// dropped from a list, a flipped flag. The fast test tiers must notice every one of them.
//
// A mutation replaces the first `find` after its `at` anchors (each looked for after the one
// before it), or the only `find` in the file when there are no anchors: `find` must then occur
// exactly once. The runner refuses to start when one no longer matches the source, so this
// list cannot quietly rot as the code changes.

export interface Mutation {
  /** Short, unique: `npm run mutate -- <id-part>` runs the mutations whose id contains it. */
  id: string;
  file: string;
  /** Anchors that lead to the place, in order (optional). */
  at?: string[];
  find: string;
  replace: string;
}

const SERVICE = 'server/src/service';
const FORMATS = 'server/src/formats';
const SCHEMA = 'schemas/contact.schema.json';
const SCHEMA_2026 = 'schemas/contact-2026-08.schema.json';
/** Inside the Contact definition of a schema (not the DescribeContactResponse member of the same name). */
const CONTACT = '"Contact": {\n      "title": "Contact"';

export const mutations: Mutation[] = [
  // similar.ts: "did you mean"
  { id: 'similar: a quarter -> a third', file: `${SERVICE}/rules/similar.ts`, find: '/ 4)', replace: '/ 3)' },
  { id: 'similar: <= allowed -> <', file: `${SERVICE}/rules/similar.ts`, find: 'bestDistance <= allowed', replace: 'bestDistance < allowed' },
  { id: 'similar: at least one edit -> none', file: `${SERVICE}/rules/similar.ts`, find: 'Math.max(1, Math.floor', replace: 'Math.max(0, Math.floor' },
  { id: 'similar: paste length > 200 -> >= 200', file: `${SERVICE}/rules/similar.ts`, find: 'trimmed.length > 200', replace: 'trimmed.length >= 200' },
  { id: 'similar: ties not noticed', file: `${SERVICE}/rules/similar.ts`, find: '} else if (distance === bestDistance) tie = true;', replace: '}' },

  // validate.ts: severities and the cap
  { id: 'validate: pause-inconsistent not a warning', file: `${SERVICE}/rules/validate.ts`, find: "'self-reference', 'pause-inconsistent', ", replace: "'self-reference', " },
  { id: 'validate: too-large not a warning', file: `${SERVICE}/rules/validate.ts`, find: "'pause-inconsistent', 'too-large', ", replace: "'pause-inconsistent', " },
  // (The cut itself, `if (total > MAX_DIAGNOSTICS) found.length = ...`, is the same with >=: not a mutant.)
  { id: 'validate: summary from exactly the cap', file: `${SERVICE}/rules/validate.ts`, find: 'if (total > MAX_DIAGNOSTICS) {', replace: 'if (total >= MAX_DIAGNOSTICS) {' },
  { id: 'validate: cap 1000 -> 999', file: `${SERVICE}/rules/validate.ts`, find: 'MAX_DIAGNOSTICS = 1000', replace: 'MAX_DIAGNOSTICS = 999' },
  { id: 'validate: summary is a warning', file: `${SERVICE}/rules/validate.ts`, find: 'severity: DiagnosticSeverity.Information,', replace: 'severity: DiagnosticSeverity.Warning,' },
  { id: 'validate: info -> hint', file: `${SERVICE}/rules/validate.ts`, find: 'info: DiagnosticSeverity.Information', replace: 'info: DiagnosticSeverity.Hint' },
  { id: 'validate: diagnostics left unsorted', file: `${SERVICE}/rules/validate.ts`, find: '  found.sort((a, b) => a.offsets[0] - b.offsets[0]);\n', replace: '' },
  { id: 'validate: look-alike noise kept', file: `${SERVICE}/rules/validate.ts`, find: 'problems = problems.filter((problem) => !lookalikes', replace: 'problems = problems.filter((problem) => true || !lookalikes' },

  // skim.ts: the proof the fast path rests on
  { id: 'skim: suspicious from 17 digits', file: `${SERVICE}/reading/skim.ts`, find: 'digits >= 16', replace: 'digits >= 17' },
  { id: 'skim: long number from 13 digits', file: `${SERVICE}/reading/skim.ts`, find: 'digits >= 12', replace: 'digits >= 13' },
  { id: 'skim: capital E exponent missed', file: `${SERVICE}/reading/skim.ts`, find: 'next === 101 || next === 69', replace: 'next === 101' },
  { id: 'skim: escaped quote parity', file: `${SERVICE}/reading/skim.ts`, find: 'backslashes % 2 === 0', replace: 'backslashes % 2 === 1' },
  { id: 'skim: keys not counted', file: `${SERVICE}/reading/skim.ts`, find: 'result.keys++;', replace: '' },

  // parse.ts
  { id: 'parse: a repeat remembers the first key', file: `${SERVICE}/reading/parse.ts`, find: 'seen.set(key, offset);', replace: 'if (earlierOffset === undefined) seen.set(key, offset);' },
  { id: 'parse: syntax cap >= ', file: `${SERVICE}/reading/parse.ts`, find: 'if (result.syntaxErrors.length > MAX_SYNTAX_ERRORS) return;', replace: 'if (result.syntaxErrors.length >= MAX_SYNTAX_ERRORS) return;' },
  { id: 'parse: depth 256 -> 255', file: `${SERVICE}/reading/parse.ts`, find: 'MAX_DEPTH = 256', replace: 'MAX_DEPTH = 255' },
  { id: 'parse: same-spot errors <= -> <', file: `${SERVICE}/reading/parse.ts`, find: 'problem.offset <= last.offset + last.length', replace: 'problem.offset < last.offset + last.length' },
  { id: 'parse: binary at 30% control characters', file: `${SERVICE}/reading/parse.ts`, find: 'control / head.length > 0.1', replace: 'control / head.length > 0.3' },
  { id: 'parse: comments allowed', file: `${SERVICE}/reading/parse.ts`, find: 'disallowComments: true', replace: 'disallowComments: false' },
  { id: 'parse: closing glue unchecked', file: `${SERVICE}/reading/parse.ts`, find: "return glue(end, text.length) === ']' && keys === found.keys ? batches : undefined;", replace: 'return keys === found.keys ? batches : undefined;' },
  { id: 'parse: unsafe integers kept as numbers', file: `${SERVICE}/reading/parse.ts`, find: 'Number.isSafeInteger(value) ||', replace: 'Number.isInteger(value) ||' },

  // explain.ts
  { id: 'explain: later maxLength <= -> <', file: `${SERVICE}/rules/explain.ts`, find: 'length <= later.limit', replace: 'length < later.limit' },
  { id: 'explain: later minLength >= -> >', file: `${SERVICE}/rules/explain.ts`, find: 'length >= later.limit', replace: 'length > later.limit' },
  { id: 'explain: maxItems is a range', file: `${SERVICE}/rules/explain.ts`, find: "maxItems: 'length',", replace: "maxItems: 'range'," },
  { id: 'explain: int64 above max >= ', file: `${SERVICE}/rules/explain.ts`, find: 'if (exact > max)', replace: 'if (exact >= max)' },
  { id: 'explain: int64 max 2^63', file: `${SERVICE}/rules/explain.ts`, find: 'const INT64_MAX = 2n ** 63n - 1n;', replace: 'const INT64_MAX = 2n ** 63n;' },
  { id: 'explain: three enum guesses -> two', file: `${SERVICE}/rules/explain.ts`, find: '.slice(0, count)', replace: '.slice(0, count - 1)' },
  { id: 'explain: enum guesses within half -> a third', file: `${SERVICE}/rules/explain.ts`, find: 'Math.ceil(word.length / 2)', replace: 'Math.ceil(word.length / 3)' },
  { id: 'explain: rename certain with spaces', file: `${SERVICE}/rules/explain.ts`, find: 'suggestion.toLowerCase() === key.trim().toLowerCase()', replace: 'suggestion.toLowerCase() === key.toLowerCase()' },
  { id: 'explain: aws: tag removal certain', file: `${SERVICE}/rules/explain.ts`, find: "[{ title: `Remove the entry \"${key}\"`, certain: false,", replace: "[{ title: `Remove the entry \"${key}\"`, certain: true," },
  { id: 'explain: null removal not certain', file: `${SERVICE}/rules/explain.ts`, find: '[{ title: `Remove "${member}"`, certain: true,', replace: '[{ title: `Remove "${member}"`, certain: false,' },

  // the cross-field checks: milliseconds.ts, formats/order.ts and each format's checks.ts
  { id: 'checks: milliseconds from 10^12', file: `${SERVICE}/rules/milliseconds.ts`, find: 'EPOCH_MILLISECONDS_THRESHOLD = 1e11', replace: 'EPOCH_MILLISECONDS_THRESHOLD = 1e12' },
  { id: 'checks: milliseconds < -> <=', file: `${SERVICE}/rules/milliseconds.ts`, find: 'if (value < EPOCH_MILLISECONDS_THRESHOLD) return undefined;', replace: 'if (value <= EPOCH_MILLISECONDS_THRESHOLD) return undefined;' },
  { id: 'checks: equal timestamps out of order', file: `${FORMATS}/order.ts`, find: 'laterInstant >= earlierInstant', replace: 'laterInstant > earlierInstant' },
  { id: 'checks: pause duration >= 0', file: `${FORMATS}/contact/checks.ts`, find: 'count === 0 && duration > 0', replace: 'count === 0 && duration >= 0' },
  { id: 'checks: RelatedContactId dropped', file: `${FORMATS}/contact/checks.ts`, find: "['PreviousContactId', 'RelatedContactId']", replace: "['PreviousContactId']" },
  { id: 'checks: 11-digit accounts', file: `${FORMATS}/contact/checks.ts`, find: ':(\\d{12}):instance', replace: ':(\\d{11,12}):instance' },
  { id: 'checks: greeting order unchecked', file: `${FORMATS}/contact/checks.ts`, find: "  ['CustomerVoiceActivity.GreetingStartTimestamp', 'CustomerVoiceActivity.GreetingEndTimestamp'],\n", replace: '' },
  { id: 'checks: pairs read backwards', file: `${FORMATS}/order.ts`, find: 'for (const [earlier, later] of pairs) {', replace: 'for (const [later, earlier] of pairs) {' },
  { id: 'checks: inherited member names let through', file: `${FORMATS}/order.ts`, find: 'if (inherited !== undefined) throw', replace: 'if (inherited === "never") throw' },
  // reading/parse.ts: the proof's batches handed to the first validation, once
  { id: 'parse: proved batches kept after the first validation', file: `${SERVICE}/reading/parse.ts`, find: '  parsed.provedBatches = undefined;\n', replace: '' },
  // node/codeCache.ts: a cache is read only when it is the user's own
  { id: 'code cache: writable by others still read', file: 'server/src/node/codeCache.ts', find: '(stat.mode & 0o022) !== 0', replace: '(stat.mode & 0o002) !== 0' },
  { id: 'code cache: a link followed', file: 'server/src/node/codeCache.ts', find: "if (!lstatSync(path).isFile()) return { untrusted: true };", replace: "if (!statSync(path).isFile()) return { untrusted: true };" },
  { id: 'code cache: all old caches kept', file: 'server/src/node/codeCache.ts', find: 'const KEEP = 3;', replace: 'const KEEP = 30;' },
  { id: 'checks: another instance not told', file: `${FORMATS}/order.ts`, find: 'resource[1] !== instance[1]', replace: 'resource[1] === instance[1]' },
  { id: 'checks: a record\'s queue dropped', file: `${FORMATS}/contact-record/checks.ts`, find: "path('Agent.RoutingProfile.ARN'), path('Queue.ARN')]", replace: "path('Agent.RoutingProfile.ARN')]" },
  { id: 'checks: an event\'s self reference unchecked', file: `${FORMATS}/contact-event/checks.ts`, find: 'notItself(detail, at, problems, CONTACT_ID, OTHER_CONTACTS);', replace: '' },
  // explain.ts and the formats' markers
  { id: 'explain: no placeholder with slashes', file: `${SERVICE}/rules/explain.ts`, find: "if (typeof data !== 'string' || !/[|/]/.test(data)) return undefined;", replace: "if (typeof data !== 'string' || !/[|]/.test(data)) return undefined;" },
  { id: 'explain: a quote fix not certain', file: `${SERVICE}/rules/explain.ts`, find: "{ title: `Quote it: \"${String(data)}\"`, certain: true,", replace: "{ title: `Quote it: \"${String(data)}\"`, certain: false," },
  { id: 'schema: a record without Id told by ContactId alone', file: 'schemas/contact-record.schema.json', find: '"not": {\n          "required": [\n            "Id"', replace: '"not": {\n          "required": [\n            "Idx"' },

  // inlayHints.ts
  { id: 'inlay: range end > -> >=', file: `${SERVICE}/features/inlayHints.ts`, find: 'span.offset > end', replace: 'span.offset >= end' },
  { id: 'inlay: range start < -> <=', file: `${SERVICE}/features/inlayHints.ts`, find: 'span.offset + span.length < start', replace: 'span.offset + span.length <= start' },
  { id: 'inlay: milliseconds get a hint', file: `${SERVICE}/features/inlayHints.ts`, find: 'value < EPOCH_MILLISECONDS_THRESHOLD &&', replace: 'value <= EPOCH_MILLISECONDS_THRESHOLD &&' },
  { id: 'inlay: Lambda epoch milliseconds get no hint', file: `${SERVICE}/features/inlayHints.ts`, find: "if (epochMilliseconds === true && typeof value === 'string'", replace: "if (epochMilliseconds === false && typeof value === 'string'" },

  // codeActions.ts, edits.ts
  { id: 'actions: preferred among several certain', file: `${SERVICE}/features/codeActions.ts`, find: 'certainCount === 1', replace: 'certainCount >= 1' },
  { id: 'actions: one fix-all pass', file: `${SERVICE}/features/codeActions.ts`, find: 'MAX_FIX_PASSES = 10', replace: 'MAX_FIX_PASSES = 1' },
  { id: 'edits: overlapping changes both applied', file: `${SERVICE}/features/edits.ts`, find: 'if (change.offset < end) continue;', replace: 'if (change.offset < end - 1) continue;' },

  // dateTime.ts
  { id: 'dateTime: month 13', file: `${SERVICE}/reading/dateTime.ts`, find: 'month > 12', replace: 'month > 13' },
  { id: 'dateTime: hour 24', file: `${SERVICE}/reading/dateTime.ts`, find: 'hour > 23', replace: 'hour > 24' },
  { id: 'dateTime: every century a leap year', file: `${SERVICE}/reading/dateTime.ts`, find: 'year % 400 === 0', replace: 'year % 100 === 0' },
  { id: 'dateTime: leap second at any minute', file: `${SERVICE}/reading/dateTime.ts`, find: 'if (second === 60 && minuteOfDay !== 1439', replace: 'if (second === 61 && minuteOfDay !== 1439' },
  { id: 'dateTime: zone minutes 60', file: `${SERVICE}/reading/dateTime.ts`, find: 'zoneMinutes > 59', replace: 'zoneMinutes > 60' },

  // lookalike.ts, incremental.ts, newer.ts
  { id: 'lookalike: a Streams snapshot missed', file: `${SERVICE}/rules/lookalike.ts`, find: "if (has('snapshot') || has('agentAvailabilityState')) {", replace: "if (has('agentAvailabilityState')) {" },
  { id: 'incremental: an edit one past the contact', file: `${SERVICE}/reading/incremental.ts`, find: 'old.length - suffix > end)', replace: 'old.length - suffix > end + 1)' },
  { id: 'incremental: a full list of problems', file: `${SERVICE}/reading/incremental.ts`, find: 'if (all.length >= maxDiagnostics) return undefined;', replace: '' },
  { id: 'newer: no newer-model pointer', file: `${SERVICE}/rules/newer.ts`, find: 'modelVersion: newerVersion,', replace: '' },

  // The schemas: bounds, lists, flags
  { id: 'schema: Tags at most 7', file: SCHEMA, find: '"maxProperties": 6', replace: '"maxProperties": 7' },
  { id: 'schema: Contact.Id up to 255', file: SCHEMA, at: [CONTACT, '"Id": {'], find: '"maxLength": 256', replace: '"maxLength": 255' },
  { id: 'schema: TotalPauseCount up to 11', file: SCHEMA, at: [CONTACT, '"TotalPauseCount": {'], find: '"maximum": 10', replace: '"maximum": 11' },
  { id: 'schema: QueueTimeAdjustmentSeconds from -2^31+1', file: SCHEMA, at: [CONTACT, '"QueueTimeAdjustmentSeconds": {'], find: '"minimum": -2147483648', replace: '"minimum": -2147483647' },
  { id: 'schema: Name later limit 1023', file: SCHEMA, at: [CONTACT, '"Name": {'], find: '"limit": 1024', replace: '"limit": 1023' },
  { id: 'schema: Channel without TASK', file: SCHEMA, at: [CONTACT, '"Channel": {'], find: '"CHAT",\n            "TASK"', replace: '"CHAT"' },
  { id: 'schema: Contact open', file: SCHEMA, at: [CONTACT], find: '"additionalProperties": false', replace: '"additionalProperties": true' },
  { id: 'schema: aws: tag keys allowed', file: SCHEMA, find: '"pattern": "^(?!aws:)[a-zA-Z+-=._:/]+$"', replace: '"pattern": "^[a-zA-Z+-=._:/]+$"' },
  { id: 'schema: tags-max code dropped', file: SCHEMA, find: '"maxProperties": "tags-max"', replace: '"x-none": "tags-max"' },
  { id: 'schema: ProficiencyLevel below 5', file: SCHEMA, at: ['"ProficiencyLevel": {'], find: '"maximum": 5', replace: '"exclusiveMaximum": 5' },
  { id: 'schema: PotentialQualityIssues up to 4', file: SCHEMA, find: '"maxItems": 3', replace: '"maxItems": 4' },
  { id: 'schema: exclusive members not exclusive', file: SCHEMA, find: '"QueuePriority",\n          "QueueTimeAdjustmentSeconds"', replace: '"QueuePriority",\n          "QueueTimeAdjustmentSecondz"' },
  { id: 'schema: Recordings not a later member', file: SCHEMA, find: '"Recordings": "2025-05-01",\n', replace: '' },
  { id: 'schema 2026: Name up to 1023', file: SCHEMA_2026, at: [CONTACT, '"Name": {'], find: '"maxLength": 1024', replace: '"maxLength": 1023' },
  { id: 'schema 2026: NextContacts up to 25', file: SCHEMA_2026, find: '"maxItems": 24', replace: '"maxItems": 25' },
  { id: 'schema 2026: EMAIL dropped', file: SCHEMA_2026, at: [CONTACT, '"Channel": {'], find: '"TASK",\n            "EMAIL"', replace: '"TASK"' },
  { id: 'schema 2026: Preview requires one', file: SCHEMA_2026, find: '"required": [\n        "PostAcceptTimeoutConfig",\n        "AllowedUserActions"\n      ]', replace: '"required": [\n        "PostAcceptTimeoutConfig"\n      ]' },
];
