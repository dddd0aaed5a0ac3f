// The library's options, checked and turned into the engine's (server/src/check.ts). A wrong
// option throws at once: a misspelt rule code or format would otherwise change nothing, silently,
// and a test suite would pass for the wrong reason.
import type { CheckOptions as LibraryOptions, CheckFilesOptions, FormatId } from '../../../types';
import type { CheckOptions } from '../check';
import { checkOptionsOf, defaultConfig, type SettingOverrides } from '../cli/config';
import { checkRule } from '../cli/rules';
import { isFormatId, FORMAT_IDS } from '../formats/ids';
import { isModelVersion, MODEL_VERSIONS } from '../models';
import type { RuleSetting, SettingWords } from '../service/languageService';

/** How messages name the two settings some of them mention: as the library's options. */
export const LIBRARY_WORDS: SettingWords = {
  checker: 'this check',
  useModel: (version) => `Pass { modelVersion: '${version}' }`,
  sizeLimit: 'maxFileSize',
  raiseSizeLimit: 'Raise the maxFileSize option',
};

/** The options a run sets over the config file's settings, each checked. */
export function overridesOf(options: Pick<CheckFilesOptions, 'modelVersion' | 'rules' | 'maxFileSize' | 'readAs'>): SettingOverrides {
  const { modelVersion, rules, maxFileSize, readAs } = options;
  if (modelVersion !== undefined && !isModelVersion(modelVersion)) throw new Error(`contact-json: modelVersion must be one of ${MODEL_VERSIONS.join(', ')}, not ${JSON.stringify(modelVersion)}`);
  if (maxFileSize !== undefined && !(typeof maxFileSize === 'number' && maxFileSize > 0)) throw new Error(`contact-json: maxFileSize must be a number of megabytes above 0, not ${JSON.stringify(maxFileSize)}`);
  // Codes come from the caller: no prototype, as in the editor's settings.
  const checkedRules: Record<string, RuleSetting> = Object.create(null);
  for (const [code, setting] of Object.entries(rules ?? {}) as [string, unknown][]) {
    checkRule(code, setting, 'contact-json: rules');
    checkedRules[code] = setting;
  }
  if (readAs !== undefined) checkFormats(Object.values(readAs));
  return { modelVersion, maxFileSize, rules: checkedRules, readAs };
}

/** The engine's options for one text: the defaults, with the caller's options over them. */
export function textOptions(options: LibraryOptions, fix: boolean): CheckOptions {
  const { readAs, ...rest } = options;
  const byGlob = typeof readAs === 'string' ? undefined : readAs;
  // A text has no settings file: the defaults, as the command line's where it finds none.
  const engine = checkOptionsOf(defaultConfig('.').settings, overridesOf({ ...rest, readAs: byGlob }), { fix, settingWords: LIBRARY_WORDS });
  if (typeof readAs === 'string') {
    checkFormats([readAs]);
    // One format for this text, whatever its file name.
    return { ...engine, readAs: () => readAs };
  }
  return engine;
}

function checkFormats(formats: unknown[]): asserts formats is FormatId[] {
  for (const format of formats) {
    if (!isFormatId(format)) throw new Error(`contact-json: readAs must name one of ${FORMAT_IDS.join(', ')}, not ${JSON.stringify(format)}`);
  }
}
