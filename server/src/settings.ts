import { defaultFileFilter, type FileFilter } from './fileFilter';
import { isFormatId } from './formats/ids';
import { DEFAULT_MODEL_VERSION, isModelVersion, type ModelVersion } from './models';
import type { RuleSetting, SettingWords } from './service/languageService';

/** The server's settings, as the client sends them under the `contactJson` section. */
export interface Settings {
  validate: { enable: boolean };
  /** Severity per diagnostic code: error, warning, info or off. */
  rules: Record<string, RuleSetting>;
  inlayHints: { timestamps: boolean };
  /** Larger documents are not checked (MB of text, 1 MB = 1,000,000 characters). */
  maxFileSize: number;
  /** The Amazon Connect model validated against. */
  modelVersion: ModelVersion;
  /** Globs of contact files (`files`) and of paths never checked (`exclude`). */
  files: FileFilter['files'];
  exclude: FileFilter['exclude'];
  /** Check every contact file of the workspace, not only the open ones. */
  workspace: { enable: boolean };
  /** Globs of files read as one format whatever their content says: glob -> format id. */
  readAs: Record<string, string>;
}

/** How the editor's messages name the settings (the `newer-api` and `too-large` messages). */
export const EDITOR_WORDS: SettingWords = {
  checker: 'this workspace',
  useModel: (version) => `Set contactJson.modelVersion to ${version}`,
  sizeLimit: 'contactJson.maxFileSize',
  raiseSizeLimit: 'Raise the setting',
};

/** Must equal the defaults declared in package.json (a test checks that they do). */
export const defaultSettings: Settings = {
  validate: { enable: true },
  rules: {},
  inlayHints: { timestamps: true },
  maxFileSize: 10,
  modelVersion: DEFAULT_MODEL_VERSION,
  files: defaultFileFilter.files,
  exclude: defaultFileFilter.exclude,
  workspace: { enable: true },
  readAs: {},
};

const RULE_SETTINGS: RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** Reads settings defensively: a client may send anything, or nothing. */
export function readSettings(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    validate?: { enable?: unknown };
    rules?: unknown;
    inlayHints?: { timestamps?: unknown };
    maxFileSize?: unknown;
    modelVersion?: unknown;
    files?: unknown;
    exclude?: unknown;
    workspace?: { enable?: unknown };
    readAs?: unknown;
  };
  const enable = section.validate?.enable;
  const timestamps = section.inlayHints?.timestamps;
  const rules: Record<string, RuleSetting> = Object.create(null); // codes come from the user: no prototype
  if (typeof section.rules === 'object' && section.rules !== null) {
    for (const [code, setting] of Object.entries(section.rules)) {
      if (RULE_SETTINGS.includes(setting as RuleSetting)) rules[code] = setting as RuleSetting;
    }
  }
  return {
    validate: { enable: typeof enable === 'boolean' ? enable : defaultSettings.validate.enable },
    rules,
    inlayHints: { timestamps: typeof timestamps === 'boolean' ? timestamps : defaultSettings.inlayHints.timestamps },
    maxFileSize: typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : defaultSettings.maxFileSize,
    modelVersion: isModelVersion(section.modelVersion) ? section.modelVersion : defaultSettings.modelVersion,
    files: stringList(section.files) ?? defaultSettings.files,
    exclude: stringList(section.exclude) ?? defaultSettings.exclude,
    workspace: { enable: typeof section.workspace?.enable === 'boolean' ? section.workspace.enable : defaultSettings.workspace.enable },
    readAs: readAsMap(section.readAs),
  };
}

/** Glob -> format id, keeping only entries that name a format (a glob from the user: no prototype). */
export function readAsMap(value: unknown): Record<string, string> {
  const map: Record<string, string> = Object.create(null);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return map;
  for (const [glob, format] of Object.entries(value)) if (isFormatId(format)) map[glob] = format;
  return map;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** The settings that workspace diagnostics depend on: when these are unchanged, a rescan would find the same. */
export function workspaceDiagnosticsKey(settings: Settings): string {
  const { validate, workspace, rules, files, exclude, maxFileSize, modelVersion, readAs } = settings;
  return JSON.stringify({ validate, workspace, rules, files, exclude, maxFileSize, modelVersion, readAs });
}
