import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CheckOptions } from '../check';
import { defaultFileFilter, readAsMatcher, type FileFilter } from '../fileFilter';
import { isModelVersion, MODEL_VERSIONS, type ModelVersion } from '../models';
import type { RuleSetting, SettingWords } from '../service/languageService';
import { defaultSettings, readAsMap } from '../settings';
import { FORMAT_IDS } from '../formats/ids';
import { CliError, describeIoError } from './errors';
import { checkRule } from './rules';

export const CONFIG_FILE = '.contact-json.json';

/** The settings the command line shares with the editor (the keys of `contactJson.*`). */
export interface CliSettings extends FileFilter {
  rules: Record<string, RuleSetting>;
  maxFileSize: number;
  modelVersion: ModelVersion;
  /** Glob (relative to the current folder) -> format id. */
  readAs: Record<string, string>;
}

export interface Config {
  settings: CliSettings;
  /** The folder the `files` and `exclude` globs are relative to: the config's, or the current one. */
  root: string;
  /** Where the settings came from, for messages; undefined when none was found. */
  source?: string;
  /** Keys the command line does not know, reported but not fatal (the editor may have newer ones). */
  unknownKeys: string[];
}

/**
 * How the command line's messages name the settings: the option, and the key of the settings
 * file in use (by its name: `.contact-json.json`, `package.json#contactJson`), or of the file
 * one would create when there is none.
 */
export function cliWords(source: string | undefined): SettingWords {
  const file = source !== undefined ? basename(source) : CONFIG_FILE;
  return {
    checker: 'this run',
    useModel: (version) => `Run with --model-version ${version} (or set "modelVersion": "${version}" in ${file})`,
    sizeLimit: '--max-file-size',
    raiseSizeLimit: `Raise --max-file-size (or "maxFileSize" in ${file})`,
  };
}

/** What a run may set over the config file (the command line's options, the library's). */
export interface SettingOverrides {
  rules?: Record<string, RuleSetting>;
  maxFileSize?: number;
  modelVersion?: ModelVersion;
  readAs?: Record<string, string>;
}

/**
 * The options of a check: the config file's settings with the run's own over them (rules code by
 * code, readAs glob by glob), as the command line and the library's checkFiles both merge them.
 */
export function checkOptionsOf(settings: CliSettings, overrides: SettingOverrides, surface: Pick<CheckOptions, 'fix' | 'settingWords'>): CheckOptions {
  return {
    rules: Object.assign(Object.create(null), settings.rules, overrides.rules),
    maxFileSize: overrides.maxFileSize ?? settings.maxFileSize,
    modelVersion: overrides.modelVersion ?? settings.modelVersion,
    readAs: readAsMatcher({ ...settings.readAs, ...overrides.readAs }),
    ...surface,
  };
}

/** Editor-only settings that may sit in the same object; the command line has no use for them. */
const EDITOR_KEYS = new Set(['validate', 'inlayHints', 'trace', 'workspace']);

/**
 * The nearest `.contact-json.json`, or `"contactJson"` in the nearest package.json, from `cwd`
 * up to the filesystem root; in one folder the dedicated file wins. A package.json without
 * the key is passed over, as prettier and eslint do, since most package.json files have none.
 */
export async function findConfig(cwd: string): Promise<Config> {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const file = join(folder, CONFIG_FILE);
    const own = await readJson(file);
    if (own !== undefined) return fromObject(own.value, file, folder);
    const packageJson = join(folder, 'package.json');
    const pkg = await readJson(packageJson);
    if (pkg !== undefined && isObject(pkg.value) && Object.hasOwn(pkg.value, 'contactJson')) {
      return fromObject(pkg.value.contactJson, `${packageJson}#contactJson`, folder);
    }
    if (dirname(folder) === folder) return defaultConfig(cwd);
  }
}

/** `--config FILE`: a `.contact-json.json`-style file, or a package.json with a `contactJson` key. */
export async function loadConfig(path: string, cwd: string): Promise<Config> {
  const file = resolve(cwd, path);
  const read = await readJson(file);
  if (read === undefined) throw new CliError(`${path}: no such file`);
  if (/(^|[\\/])package\.json$/.test(file)) {
    if (!isObject(read.value) || !Object.hasOwn(read.value, 'contactJson')) throw new CliError(`${path}: has no "contactJson" key`);
    return fromObject(read.value.contactJson, `${file}#contactJson`, dirname(file));
  }
  return fromObject(read.value, file, dirname(file));
}

/** The settings of a config object, checked strictly: a CI run with a wrong setting should stop, not guess. */
function fromObject(value: unknown, source: string, root: string): Config {
  if (!isObject(value)) throw new CliError(`${source}: must be a JSON object`);
  const settings = defaults();
  const unknownKeys: string[] = [];
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case 'rules':
        if (!isObject(setting)) throw new CliError(`${source}: "rules" must be an object such as {"arn-format": "off"}`);
        for (const [code, severity] of Object.entries(setting)) {
          checkRule(code, severity, source);
          settings.rules[code] = severity;
        }
        break;
      case 'files':
      case 'exclude':
        if (!Array.isArray(setting) || !setting.every((glob) => typeof glob === 'string' && glob !== '')) throw new CliError(`${source}: "${key}" must be a list of globs`);
        settings[key] = setting;
        break;
      case 'maxFileSize':
        if (typeof setting !== 'number' || !(setting > 0)) throw new CliError(`${source}: "maxFileSize" must be a number of megabytes above 0`);
        settings.maxFileSize = setting;
        break;
      case 'modelVersion':
        if (!isModelVersion(setting)) throw new CliError(`${source}: "modelVersion" must be one of ${MODEL_VERSIONS.join(', ')}`);
        settings.modelVersion = setting;
        break;
      case 'readAs': {
        const map = readAsMap(setting);
        if (!isObject(setting) || Object.keys(map).length !== Object.keys(setting).length) throw new CliError(`${source}: "readAs" must map globs to formats (${FORMAT_IDS.join(', ')}), such as {"fixtures/ctr/*.json": "contact-record"}`);
        settings.readAs = map;
        break;
      }
      default:
        if (!EDITOR_KEYS.has(key)) unknownKeys.push(key);
    }
  }
  if (settings.files.length === 0) throw new CliError(`${source}: "files" must list at least one glob`);
  return { settings, root, source, unknownKeys };
}

/** No settings file: the defaults, with globs relative to `cwd`. */
export function defaultConfig(cwd: string): Config {
  return { settings: defaults(), root: resolve(cwd), unknownKeys: [] };
}

function defaults(): CliSettings {
  // Codes come from the user: no prototype, as in the editor's settings.
  return {
    rules: Object.create(null),
    maxFileSize: defaultSettings.maxFileSize,
    modelVersion: defaultSettings.modelVersion,
    readAs: Object.create(null),
    files: [...defaultFileFilter.files],
    exclude: [...defaultFileFilter.exclude],
  };
}

/** The parsed file, undefined when there is none; a file that exists but cannot be used is an error. */
async function readJson(file: string): Promise<{ value: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new CliError(`${file}: ${describeIoError(error)}`);
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
