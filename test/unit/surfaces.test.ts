// The newer-api and too-large messages tell the reader how to change a setting: each surface
// (the editor, the command line) names its own, the service names none. Same facts in each.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliWords } from '../../server/src/cli/config';
import { NEUTRAL_WORDS, type SettingWords } from '../../server/src/service/languageService';
import { EDITOR_WORDS } from '../../server/src/settings';
import { documentOf, service } from './helpers';

function messages(text: string, settingWords: SettingWords | undefined, maxLength?: number): string[] {
  const document = documentOf(text);
  return service.doValidation(document, service.parse(document, { maxLength }), settingWords === undefined ? {} : { settingWords }).map((d) => `${String(d.code)} ${d.message}`);
}

const NEWER_MEMBER = '{"Recordings": []}';
const NEWER_LIMIT = `{"Name": "${'a'.repeat(700)}"}`;
const LARGE = `{"Id": "${'a'.repeat(2_000_000)}"}`;

describe('messages name the settings of the surface that shows them', () => {
  test('the editor: contactJson.modelVersion and contactJson.maxFileSize', () => {
    assert.deepEqual(messages(NEWER_MEMBER, EDITOR_WORDS), [
      'newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(messages(NEWER_LIMIT, EDITOR_WORDS), [
      'newer-api Name has 700 characters: the 2024-09 Contact model this workspace validates against allows at most 512; Amazon Connect raised the limit to 1024 on 2024-11-22. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(messages(LARGE, EDITOR_WORDS, 1_000_000), [
      'too-large This document has 2 MB of text, more than contactJson.maxFileSize (1 MB): it is not checked. Raise the setting to check it.',
    ]);
  });

  test('the command line: --model-version and --max-file-size, and the key in the settings file', () => {
    const words = cliWords(undefined);
    assert.deepEqual(messages(NEWER_MEMBER, words), [
      'newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this run validates against. Run with --model-version 2026-08 (or set "modelVersion": "2026-08" in .contact-json.json) to validate it.',
    ]);
    assert.deepEqual(messages(NEWER_LIMIT, words), [
      'newer-api Name has 700 characters: the 2024-09 Contact model this run validates against allows at most 512; Amazon Connect raised the limit to 1024 on 2024-11-22. Run with --model-version 2026-08 (or set "modelVersion": "2026-08" in .contact-json.json) to validate it.',
    ]);
    assert.deepEqual(messages(LARGE, words, 1_000_000), [
      'too-large This document has 2 MB of text, more than --max-file-size (1 MB): it is not checked. Raise --max-file-size (or "maxFileSize" in .contact-json.json) to check it.',
    ]);
    // The settings file in use is the one named.
    assert.deepEqual(messages(LARGE, cliWords('/repo/package.json#contactJson'), 1_000_000), [
      'too-large This document has 2 MB of text, more than --max-file-size (1 MB): it is not checked. Raise --max-file-size (or "maxFileSize" in package.json#contactJson) to check it.',
    ]);
  });

  test('the service alone names no surface', () => {
    assert.deepEqual(messages(NEWER_MEMBER, undefined), messages(NEWER_MEMBER, NEUTRAL_WORDS));
    assert.deepEqual(messages(NEWER_MEMBER, undefined), [
      'newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this check validates against. Choose the 2026-08 model to validate it.',
    ]);
    assert.deepEqual(messages(LARGE, undefined, 1_000_000), [
      'too-large This document has 2 MB of text, more than the size limit (1 MB): it is not checked. Raise the limit to check it.',
    ]);
  });

  test('a small limit is not rounded to 0 MB, and a size just over the limit is not rounded to it', () => {
    assert.deepEqual(messages('{"Id": "abcdefghijklmnopqrstuvwxyz"}', EDITOR_WORDS, 20), [
      'too-large This document has 0.000036 MB of text, more than contactJson.maxFileSize (0.00002 MB): it is not checked. Raise the setting to check it.',
    ]);
    assert.deepEqual(messages(`{"Id": "${'a'.repeat(999_990)}"}`, EDITOR_WORDS, 999_999), [
      'too-large This document has 1 MB of text, more than contactJson.maxFileSize (0.999999 MB): it is not checked. Raise the setting to check it.',
    ]);
    assert.deepEqual(messages(`{"Id": "${'a'.repeat(999_991)}"}`, EDITOR_WORDS, 1_000_000), [
      'too-large This document has 1.000001 MB of text, more than contactJson.maxFileSize (1 MB): it is not checked. Raise the setting to check it.',
    ]);
  });

  test('words are filled in once: placeholders in a surface\'s words stay as written', () => {
    const odd: SettingWords = { ...NEUTRAL_WORDS, checker: '{newer}', useModel: (version) => `Pick {current} ${version}` };
    assert.deepEqual(messages(NEWER_MEMBER, odd), [
      'newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model {newer} validates against. Pick {current} 2026-08 to validate it.',
    ]);
  });
});
