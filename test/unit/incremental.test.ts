import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { largeDocument } from '../../bench/data';
import { revalidateEdit, type ValidatedText } from '../../server/src/service/reading/incremental';
import { random } from '../fuzz/generate';
import { service } from './helpers';

function full(text: string, version: number): ValidatedText {
  const document = TextDocument.create('file:///big.contact.json', 'contact-json', version, text);
  const parsed = service.parse(document);
  const diagnostics = service.doValidation(document, parsed);
  return { text, parsed, diagnostics, offsets: diagnostics.map((d) => [document.offsetAt(d.range.start), document.offsetAt(d.range.end)]) };
}

function byDifference(previous: ValidatedText, text: string, version: number): ValidatedText | undefined {
  const document = TextDocument.create('file:///big.contact.json', 'contact-json', version, text);
  return revalidateEdit(previous, document, (alone, parsed) => service.doValidation(alone, parsed), 1000);
}

const plain = (diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics));

describe('validation by difference after an edit inside one contact', () => {
  test('gives exactly what a full validation gives, over 300 random edits', () => {
    const next = random(424242);
    let current = full(largeDocument(40, 7), 1);
    let incremental = 0;
    /** Replaces the first `from` after a random offset: one contact's edit. */
    const somewhere = (text: string, from: string, to: string) => {
      const at = text.indexOf(from, Math.floor(next() * text.length));
      return at < 0 ? text : text.slice(0, at) + to + text.slice(at + from.length);
    };
    const edits: ((text: string) => string)[] = [
      (text) => somewhere(text, '"VOICE"', '"voice"'),
      (text) => somewhere(text, '"voice"', '"VOICE"'),
      (text) => somewhere(text, '"TotalPauseCount": 0', `"TotalPauseCount": ${Math.floor(next() * 15)}`),
      (text) => somewhere(text, '"InitiationMethod": "INBOUND"', '"InitiationMethod": "FLOW"'),
      (text) => somewhere(text, '"team": "billing"', '"aws:team": "billing"'),
      (text) => {
        const at = text.indexOf('"Id": ', Math.floor(next() * text.length));
        return at < 0 ? text : `${text.slice(0, at)}"Foo": ${Math.floor(next() * 100)},\n    ${text.slice(at)}`;
      },
      (text) => text.replace(/"Foo": \d+,\n {4}/, ''),
      (text) => {
        const at = Math.floor(next() * text.length);
        return text.slice(0, at) + text.slice(at + 1); // often not JSON any more
      },
      (text) => {
        const at = text.indexOf('"Arn"', Math.floor(next() * text.length));
        return at < 0 ? text : `${text.slice(0, at)}"Name": null,\n${text.slice(at)}`;
      },
    ];
    for (let step = 2; step < 302; step++) {
      const edit = edits[Math.floor(next() * edits.length)];
      const text = edit(current.text);
      const expected = full(text, step);
      const got = byDifference(current, text, step);
      if (got !== undefined) {
        incremental++;
        assert.deepEqual(plain(got.diagnostics), plain(expected.diagnostics), `step ${step}`);
        assert.deepEqual(got.offsets, expected.offsets, `step ${step}`);
        assert.deepEqual(got.parsed.itemStarts, expected.parsed.itemStarts, `step ${step}`);
        assert.deepEqual(JSON.parse(JSON.stringify(got.parsed.value)), JSON.parse(JSON.stringify(expected.parsed.value)), `step ${step}`);
      }
      // A broken text is checked once, then the edits go on from the last good one.
      if (expected.parsed.fastPath === true) current = expected;
    }
    assert.ok(incremental > 100, `only ${incremental} edits were validated by difference`);
  });

  test('declines what it cannot do exactly: edits across contacts, broken JSON, no change', () => {
    const before = full(largeDocument(5, 0), 1);
    assert.equal(byDifference(before, before.text, 2), undefined);
    assert.equal(byDifference(before, before.text.replace('"c-1"', '"c-1'), 2), undefined);
    const second = before.parsed.itemStarts?.[1] ?? 0;
    assert.equal(byDifference(before, `${before.text.slice(0, second - 4)}${before.text.slice(second + 2)}`, 2), undefined);
  });

  test('declines an edit that reaches one character past the contact: the comma after it', () => {
    const before = full(largeDocument(5, 0), 1);
    const comma = before.text.lastIndexOf(',', before.parsed.itemStarts?.[1]);
    const text = `${before.text.slice(0, comma)};${before.text.slice(comma + 1)}`;
    assert.ok(full(text, 2).diagnostics.some((d) => d.code === 'json-syntax'), 'the full path sees the broken text');
    assert.equal(byDifference(before, text, 2), undefined);
  });

  test('declines when the problems reach the cap, so that the full path sums them up', () => {
    const before = full('[{"Channel": "voice"}, {"Channel": "VOICE"}]', 1);
    const text = '[{"Channel": "voice"}, {"Channel": "voicE"}]';
    const document = TextDocument.create('file:///big.contact.json', 'contact-json', 2, text);
    const alone = (d: TextDocument, parsed: Parameters<typeof service.doValidation>[1]) => service.doValidation(d, parsed);
    assert.equal(revalidateEdit(before, document, alone, 2), undefined);
    assert.deepEqual(plain(revalidateEdit(before, document, alone, 3)?.diagnostics ?? []), plain(full(text, 2).diagnostics));
  });
});
