// Both sides of the thresholds and caps written in the code (the schema's own bounds are in
// bounds.test.ts, generated). Each test here was written against a one-line mistake that the
// suite used to let through (issue 20): it fails with the mistake and passes without it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/src/service/features/codeActions';
import { applyChanges } from '../../server/src/service/features/edits';
import type { DiagnosticData } from '../../server/src/service/rules/problem';
import { closestMatch } from '../../server/src/service/rules/similar';
import { MAX_DIAGNOSTICS, OFF_BY_DEFAULT_CODES, SOURCE, WARNING_CODES } from '../../server/src/service/rules/validate';
import { brief, diagnose, documentOf, service, service2026 } from './helpers';

describe('"did you mean": about one typo per four characters, no more', () => {
  test('closestMatch at the edge of the allowed distance', () => {
    // 8 characters allow 2 edits.
    assert.equal(closestMatch('abcdefXY', ['abcdefgh']), 'abcdefgh');
    assert.equal(closestMatch('abcdeXYZ', ['abcdefgh']), undefined);
    // 7 characters allow 1.
    assert.equal(closestMatch('abcdefX', ['abcdefg']), 'abcdefg');
    assert.equal(closestMatch('abcdeXY', ['abcdefg']), undefined);
    // 12 allow 3, 11 allow 2.
    assert.equal(closestMatch('abcdefghiXYZ', ['abcdefghijkl']), 'abcdefghijkl');
    assert.equal(closestMatch('abcdefghXYZ', ['abcdefghijk']), undefined);
    // Short words still allow one edit.
    assert.equal(closestMatch('aX', ['ab']), 'ab');
    assert.equal(closestMatch('X', ['a']), 'a');
    assert.equal(closestMatch('XY', ['ab']), undefined);
    // The word is trimmed before it is measured and compared.
    assert.equal(closestMatch('  abcdefX  ', ['abcdefg']), 'abcdefg');
  });
  test('a tie suggests nothing; the nearer of two wins', () => {
    assert.equal(closestMatch('abcdefgX', ['abcdefgh', 'abcdefgi']), undefined);
    assert.equal(closestMatch('abcdefgh', ['abcdefXY', 'abcdefgX']), 'abcdefgX');
  });
  test('case does not count as a difference', () => {
    assert.equal(closestMatch('CHANNEL', ['Channel']), 'Channel');
  });
  test('200 characters are still compared, 201 are a paste', () => {
    assert.equal(closestMatch('a'.repeat(199) + 'X', ['a'.repeat(200)]), 'a'.repeat(200));
    assert.equal(closestMatch('a'.repeat(200) + 'X', ['a'.repeat(201)]), undefined);
  });
  test('through the service: a key just near enough, and one just too far', () => {
    // TotalPauseCount has 15 characters: 3 edits are allowed.
    assert.deepEqual(brief('{"TotalPauseCoXXX": 1}'), ['1:2-1:19 unknown-property "TotalPauseCoXXX" is not a member of Contact. Did you mean "TotalPauseCount"?']);
    assert.deepEqual(brief('{"TotalPauseCXXXX": 1}'), ['1:2-1:19 unknown-property "TotalPauseCXXXX" is not a member of Contact.']);
  });
});

describe('default severities', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const declaredCodes: string[] = manifest.contributes.configuration.properties['contactJson.rules'].propertyNames.enum;
  /** A document that has exactly one kind of problem, for every code a user can configure. */
  const samples: Record<string, string> = {
    'json-syntax': '{"Id": "a",}',
    'duplicate-key': '{"Id": "a", "Id": "b"}',
    'unknown-property': '{"Foo": 1}',
    type: '{"Name": 1}',
    enum: '{"Channel": "SMS"}',
    length: '{"Id": ""}',
    range: '{"TotalPauseCount": 11}',
    timestamp: '{"InitiationTimestamp": "soon"}',
    'tags-max': JSON.stringify({ Tags: { a: '1', b: '1', c: '1', d: '1', e: '1', f: '1', g: '1' } }),
    'tag-key': '{"Tags": {"aws:x": "v"}}',
    'tag-value': '{"Tags": {"a": 1}}',
    'segment-attribute-key': '{"SegmentAttributes": {"a b": {"ValueString": "x"}}}',
    'mutually-exclusive': '{"QueuePriority": 1, "QueueTimeAdjustmentSeconds": 1}',
    'not-a-contact': '{"StartAction": "a", "Actions": []}',
    placeholder: '{"Channel": "VOICE | CHAT"}',
    'instance-mismatch': '{"InstanceARN": "arn:aws:connect:us-east-1:123456789012:instance/i-1", "Queue": {"ARN": "arn:aws:connect:us-east-1:123456789012:instance/i-2/queue/q"}}',
    required: '{"NextContacts": [{"NextContactMetadata": {}}]}',
    'missing-member': '{"ContactId": "c"}',
    'arn-format': '{"Arn": "x"}',
    'arn-id-mismatch': '{"Arn": "arn:aws:connect:us-east-1:123456789012:instance/i/contact/c-1", "Id": "c-2"}',
    'timestamp-order': '{"InitiationTimestamp": 1714557600, "DisconnectTimestamp": 1714557000}',
    'epoch-milliseconds': '{"InitiationTimestamp": 1714558351000}',
    'self-reference': '{"Id": "a", "PreviousContactId": "a"}',
    'pause-inconsistent': '{"TotalPauseCount": 0, "TotalPauseDurationInSeconds": 5}',
    'newer-api': '{"Recordings": []}',
  };
  /** `too-large` needs a parse option, not a document; `required` members exist only in the 2026-08 model. */
  const serviceOf = (code: string) => (code === 'required' ? service2026 : service);
  const severityOf = (code: string, rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>): DiagnosticSeverity[] => {
    const document = documentOf(code === 'too-large' ? '{"Id": "a"}' : samples[code]);
    const parsed = serviceOf(code).parse(document, code === 'too-large' ? { maxLength: 5 } : {});
    const found = serviceOf(code).doValidation(document, parsed, { rules });
    assert.ok(found.length > 0 && found.every((d) => d.code === code), `${code}: ${JSON.stringify(found.map((d) => d.code))}`);
    return [...new Set(found.map((d) => d.severity as DiagnosticSeverity))];
  };
  test('every code a user can configure has a sample here', () => {
    assert.deepEqual([...Object.keys(samples), 'too-large'].sort(), [...declaredCodes].sort());
  });
  test('the specification\'s rules are errors, the checks beyond it warnings', () => {
    const warnings = ['arn-format', 'arn-id-mismatch', 'instance-mismatch', 'timestamp-order', 'epoch-milliseconds', 'self-reference', 'pause-inconsistent', 'too-large', 'newer-api'];
    assert.deepEqual([...WARNING_CODES].sort(), [...warnings].sort());
    for (const code of declaredCodes.filter((declared) => !OFF_BY_DEFAULT_CODES.includes(declared))) {
      assert.deepEqual(severityOf(code), [warnings.includes(code) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error], code);
    }
    // missing-member: off unless a setting turns it on.
    assert.deepEqual(OFF_BY_DEFAULT_CODES, ['missing-member']);
    assert.deepEqual(service.doValidation(documentOf(samples['missing-member']), service.parse(documentOf(samples['missing-member']))), []);
  });
  test('contactJson.rules sets any code to any severity, or off', () => {
    for (const code of declaredCodes) {
      assert.deepEqual(severityOf(code, { [code]: 'info' }), [DiagnosticSeverity.Information], code);
      assert.deepEqual(severityOf(code, { [code]: 'error' }), [DiagnosticSeverity.Error], code);
      assert.deepEqual(severityOf(code, { [code]: 'warning' }), [DiagnosticSeverity.Warning], code);
      const document = documentOf(code === 'too-large' ? '{"Id": "a"}' : samples[code]);
      assert.deepEqual(serviceOf(code).doValidation(document, serviceOf(code).parse(document, code === 'too-large' ? { maxLength: 5 } : {}), { rules: { [code]: 'off' } }), [], code);
    }
  });
});

describe('numbers that a double cannot hold are judged on their text', () => {
  test('16 integer digits with a fraction: JSON.parse would round it to an integer', () => {
    // 9007199254740993.5 parses to 9007199254740994, a valid Long: only the text shows the fraction.
    assert.deepEqual(brief('{"QueuePriority": 9007199254740993.5}'), ['1:19-1:37 type QueuePriority must be an integer, but 9007199254740993.5 has a fraction.']);
    assert.deepEqual(brief('[{"QueuePriority": 9007199254740993.5}]'), ['1:20-1:38 type QueuePriority must be an integer, but 9007199254740993.5 has a fraction.']);
  });
});

describe('inlay hints: a number touching the requested range is in it', () => {
  const text = '{"InitiationTimestamp": 1714558351}';
  const document = documentOf(text);
  const parsed = service.parse(document);
  const first = text.indexOf('1714558351');
  const last = first + '1714558351'.length;
  const hints = (start: number, end: number) => service.getInlayHints(document, parsed, { start: document.positionAt(start), end: document.positionAt(end) }).map((h) => [h.position.character, h.label]);
  const hint = [last, '▸ 2024-05-01 10:12:31 UTC'];
  test('a range that ends exactly at its first character, or one before', () => {
    assert.deepEqual(hints(0, first), [hint]);
    assert.deepEqual(hints(0, first - 1), []);
  });
  test('a range that starts exactly at its end, or one after', () => {
    assert.deepEqual(hints(last, text.length), [hint]);
    assert.deepEqual(hints(last + 1, text.length), []);
  });
  test('milliseconds get no hint (they are reported instead), seconds just below get one', () => {
    const at = (value: string) => {
      const d = documentOf(`{"InitiationTimestamp": ${value}}`);
      return service.getInlayHints(d, service.parse(d), { start: d.positionAt(0), end: d.positionAt(d.getText().length) }).length;
    };
    assert.equal(at('99999999999'), 1);
    assert.equal(at('100000000000'), 0);
  });
});

describe('the cap on problems, both sides', () => {
  const unknownKeys = (n: number) => '{' + Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',') + '}';
  test(`exactly ${MAX_DIAGNOSTICS} problems are all shown, with no summary`, () => {
    const result = diagnose(unknownKeys(MAX_DIAGNOSTICS));
    assert.equal(result.length, MAX_DIAGNOSTICS);
    assert.ok(result.every((d) => d.code === 'unknown-property'));
  });
  test(`${MAX_DIAGNOSTICS + 1} problems: the first ${MAX_DIAGNOSTICS} and one line that sums up`, () => {
    const result = diagnose(unknownKeys(MAX_DIAGNOSTICS + 1));
    assert.equal(result.length, MAX_DIAGNOSTICS + 1);
    assert.equal(result[MAX_DIAGNOSTICS - 1].message, '"k999" is not a member of Contact.');
    assert.deepEqual(result[MAX_DIAGNOSTICS], {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'too-many-problems',
      message: `Showing the first ${MAX_DIAGNOSTICS} of ${MAX_DIAGNOSTICS + 1} problems in this document.`,
    });
  });
  test('100 syntax errors are all shown; of 101, the last says the rest are not', () => {
    const stray = '1:201-1:202 json-syntax Unexpected "@": a JSON value is a "string" in double quotes, a number, true, false, null, an object or an array.';
    const hundred = brief('[' + ' @'.repeat(100) + ' ]');
    assert.equal(hundred.length, 100);
    assert.equal(hundred[99], stray);
    const more = brief('[' + ' @'.repeat(101) + ' ]');
    assert.equal(more.length, 101);
    assert.equal(more[99], stray);
    assert.equal(more[100], '1:203-1:204 json-syntax More than 100 syntax errors: the rest are not listed; fix the first ones.');
  });
});

describe('Name under 2024-09: up to 512 valid, up to 1024 newer data, beyond an error', () => {
  const name = (n: number) => brief(JSON.stringify({ Name: 'a'.repeat(n) })).map((line) => line.split(' ').slice(1).join(' '));
  test('exactly 1024 characters is the newer limit itself', () => {
    assert.deepEqual(name(1024), [
      'newer-api Name has 1024 characters: the 2024-09 Contact model this workspace validates against allows at most 512; Amazon Connect raised the limit to 1024 on 2024-11-22. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(name(513), [
      'newer-api Name has 513 characters: the 2024-09 Contact model this workspace validates against allows at most 512; Amazon Connect raised the limit to 1024 on 2024-11-22. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(name(1025), ['length Name must be at most 512 characters long; it has 1025.']);
    assert.deepEqual(name(512), []);
  });
});

describe('a key three times', () => {
  const text = '{"Id": "a", "Id": "b", "Id": "c"}';
  const document = documentOf(text);
  const diagnostics = diagnose(text);
  const apply = (title: string, diagnostic: Diagnostic) => {
    const action = service.getCodeActions(document, [diagnostic]).find((a) => a.title === title);
    assert.ok(action, title);
    const [edit] = action.edit?.changes?.[document.uri] ?? [];
    return text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end));
  };
  test('each repeat is marked, and "remove the earlier" removes the one just before it', () => {
    assert.deepEqual(brief(text).map((line) => line.split(' ')[0]), ['1:13-1:17', '1:24-1:28']);
    assert.equal(apply('Remove the earlier "Id"', diagnostics[0]), '{"Id": "b", "Id": "c"}');
    assert.equal(apply('Remove the earlier "Id"', diagnostics[1]), '{"Id": "a", "Id": "c"}');
    assert.equal(apply('Remove this "Id"', diagnostics[1]), '{"Id": "a", "Id": "b"}');
  });
});

describe('getCodeActions on its own', () => {
  const document = documentOf('{"Channel": "voice"}');
  const fix = (title: string, certain: boolean, newText: string) => ({ title, certain, offset: 12, length: 7, newText, expected: '"voice"' });
  const diagnosticWith = (fixes: DiagnosticData['fixes']): Diagnostic => ({
    range: { start: document.positionAt(12), end: document.positionAt(19) },
    source: SOURCE,
    code: 'enum',
    message: 'm',
    data: { fixes } satisfies DiagnosticData,
  });
  test('one certain fix is preferred, a guess beside it is not', () => {
    const actions = getCodeActions(document, [diagnosticWith([fix('A', true, '"VOICE"'), fix('B', false, '"CHAT"')])]);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['A', true], ['B', false]]);
  });
  test('two certain fixes on one diagnostic: neither is preferred, since a choice is left', () => {
    const actions = getCodeActions(document, [diagnosticWith([fix('A', true, '"VOICE"'), fix('B', true, '"CHAT"')])]);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['A', false], ['B', false]]);
  });
  test('diagnostics of another source get nothing; a fix for other text is dropped', () => {
    assert.deepEqual(getCodeActions(document, [{ ...diagnosticWith([fix('A', true, '"VOICE"')]), source: 'other' }]), []);
    assert.deepEqual(getCodeActions(document, [diagnosticWith([{ ...fix('A', true, '"VOICE"'), expected: '"chat"' }])]), []);
  });
  test('the edit replaces the span with the new text', () => {
    const [action] = getCodeActions(document, [diagnosticWith([fix('A', true, '"VOICE"')])]);
    assert.deepEqual(action.edit, { changes: { [document.uri]: [{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 19 } }, newText: '"VOICE"' }] } });
    assert.deepEqual(action.kind, 'quickfix');
  });
});

describe('thresholds of the reader', () => {
  test('binary: more than a tenth of control characters in the first 8 KB, even without NUL', () => {
    // 100 characters each: 10 control characters are a broken string, 11 are binary data.
    const text = (controls: number) => '{"Id": "' + '\u0001'.repeat(controls) + 'a'.repeat(90 - controls) + '"}';
    assert.deepEqual(brief(text(10)), ['1:8-1:100 json-syntax Invalid character in string: control characters must be escaped.']);
    assert.deepEqual(brief(text(11)), ['1:1-1:1 json-syntax This file holds binary data, not JSON text: it cannot be a Contact JSON file.']);
  });
  test('a 12-digit number can be epoch milliseconds, also on the fast path', () => {
    const message = 'InitiationTimestamp is 100000000000: as epoch seconds that is the year 5138. It looks like milliseconds; Contact timestamps are in seconds (100000000 = 1973-03-03T09:46:40Z).';
    assert.deepEqual(brief('{"InitiationTimestamp": 100000000000}'), [`1:25-1:37 epoch-milliseconds ${message}`]);
    assert.deepEqual(brief('[{"InitiationTimestamp": 100000000000}]'), [`1:26-1:38 epoch-milliseconds ${message}`]);
    assert.deepEqual(brief('{"InitiationTimestamp": 99999999999}'), []);
  });
  test('an exponent, in either case, sends a number to be judged on its text', () => {
    assert.deepEqual(brief('{"TotalPauseCount": 1E400}'), ['1:21-1:26 range 1E400 is too large to be a number.']);
    assert.deepEqual(brief('{"QueuePriority": 9.3E18}'), ['1:19-1:25 range QueuePriority must be at most 9223372036854775807; it is 9.3E18.']);
    assert.deepEqual(brief('{"QueuePriority": 9.3e18}'), ['1:19-1:25 range QueuePriority must be at most 9223372036854775807; it is 9.3e18.']);
  });
});

describe('thresholds of the cross-field checks', () => {
  test('an Arn\'s account has exactly 12 digits', () => {
    const arn = (account: string) => JSON.stringify({ Arn: `arn:aws:connect:us-east-1:${account}:instance/i/contact/c` });
    assert.deepEqual(brief(arn('123456789012')), []);
    assert.deepEqual(brief(arn('12345678901')).map((line) => line.split(' ')[1]), ['arn-format']);
    assert.deepEqual(brief(arn('1234567890123')).map((line) => line.split(' ')[1]), ['arn-format']);
  });
  test('epoch milliseconds from exactly 10^11', () => {
    assert.deepEqual(brief('{"DisconnectTimestamp": 1e11}').map((line) => line.split(' ')[1]), ['epoch-milliseconds']);
    assert.deepEqual(brief('{"DisconnectTimestamp": 99999999999.999}'), []);
  });
});

describe('quick fixes: how many guesses, and which are certain', () => {
  const actions = (text: string) => {
    const document = documentOf(text);
    return service.getCodeActions(document, service.doValidation(document, service.parse(document))).map((action) => [action.title, action.isPreferred]);
  };
  const fixedAll = (text: string) => {
    const document = documentOf(text);
    return TextDocument.applyEdits(document, service.getFixAllEdits(document));
  };
  test('an enum value: up to three guesses, within about half its length', () => {
    assert.deepEqual(actions('{"AnsweringMachineDetectionStatus": "UNANSWERED"}'), [
      ['Change to "ANSWERED"', false],
      ['Change to "HUMAN_ANSWERED"', false],
      ['Change to "AMD_UNANSWERED"', false],
    ]);
    // "BOUND" has 5 characters: 3 edits allowed, and OUTBOUND is 3 away.
    assert.deepEqual(actions('{"InitiationMethod": "BOUND"}'), [
      ['Change to "INBOUND"', false],
      ['Change to "OUTBOUND"', false],
    ]);
  });
  test('a key that differs only in case or spaces is renamed by fix-all', () => {
    assert.equal(fixedAll('{" channel": "VOICE"}'), '{"Channel": "VOICE"}');
    assert.equal(fixedAll('{"channel ": "VOICE"}'), '{"Channel": "VOICE"}');
  });
  test('an aws: tag is offered for removal, never removed by fix-all', () => {
    assert.deepEqual(actions('{"Tags": {"aws:x": "v"}}'), [['Remove the entry "aws:x"', false]]);
    assert.equal(fixedAll('{"Tags": {"aws:x": "v"}}'), '{"Tags": {"aws:x": "v"}}');
  });
});

describe('a contact record is told by ContactId without an Id', () => {
  test('ContactId alone is a record; beside an Id it is a misspelt member of a Contact', () => {
    assert.deepEqual(brief('{"ContactId": "c"}'), []);
    assert.deepEqual(brief('{"ContactId": "c", "Agent": {"Usernam": "a"}}'), ['1:30-1:39 unknown-property "Usernam" is not a member of Agent. Did you mean "Username"?']);
    assert.deepEqual(brief('{"Id": "c", "ContactId": "c"}'), ['1:13-1:24 unknown-property "ContactId" is not a member of Contact.']);
  });
});

describe('fix-all and its edits', () => {
  test('fix-all goes on while a fix reveals another: a renamed key, then its value', () => {
    const document = documentOf('{"channel": "voice"}');
    assert.equal(TextDocument.applyEdits(document, service.getFixAllEdits(document)), '{"Channel": "VOICE"}');
  });
  test('applyChanges skips a change that overlaps the one before, even by one character', () => {
    const change = (offset: number, length: number, newText: string) => ({ offset, length, newText });
    assert.deepEqual(applyChanges('abcdef', [change(0, 3, 'X'), change(2, 2, 'Y')]), { text: 'Xdef', applied: [change(0, 3, 'X')] });
    assert.deepEqual(applyChanges('abcdef', [change(3, 1, 'Y'), change(0, 3, 'X')]), { text: 'XYef', applied: [change(0, 3, 'X'), change(3, 1, 'Y')] });
  });
});
