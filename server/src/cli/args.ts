import { FORMAT_IDS } from '../formats/ids';
import { isFormatId } from '../formats/ids';
import { MODEL_VERSIONS, type ModelVersion } from '../models';
import { CliError } from './errors';
import { FORMATS, type FormatName } from './formats';
import { parseRuleSetting } from './rules';
import type { RuleSetting } from '../service/languageService';

/** What the command line asked for; `undefined` means "not given" (the config file or the default decides). */
export interface CliOptions {
  /** Files, folders, globs, and `-` for stdin, in the order given. */
  operands: string[];
  format: FormatName;
  /** From `--rule`, later flags winning; merged over the config file's rules. */
  rules: Record<string, RuleSetting>;
  maxWarnings?: number;
  maxFileSize?: number;
  modelVersion?: ModelVersion;
  /** From `--read-as GLOB=FORMAT`: files read as one format whatever their content says. */
  readAs: Record<string, string>;
  fix: boolean;
  quiet: boolean;
  config?: string;
  stdinFilename?: string;
  color?: boolean;
  errorOnUnmatchedPattern: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: contact-json [options] [file|folder|glob|-]...

Checks Amazon Connect Contact JSON files with the same rules as the editor.
Folders are searched for contact files (by default **/*.contact.json, not in
node_modules); files named explicitly are checked whatever their name; - reads stdin.
Without arguments, the current folder is searched.

Options:
  --format NAME          stylish (default), compact, json, sarif or github
  --rule CODE=SEVERITY   error, warning, info or off for one rule code (repeatable)
  --max-warnings N       exit 1 when there are more than N warnings
  --max-file-size MB     skip files larger than this (default 10, as in the editor)
  --model-version V      the Amazon Connect model to check against: 2024-09
                         (default, the specification) or 2026-08
  --read-as GLOB=FORMAT  read the files GLOB matches (relative to the current
                         folder) as FORMAT: contact, contact-flow-event,
                         contact-record or contact-event (repeatable; by default
                         each file is read as the format its content shows)
  --fix                  apply the certain fixes in place, then report what is left
  --quiet                report errors only
  --config FILE          read settings from FILE instead of searching for
                         .contact-json.json or package.json#contactJson
  --stdin-filename NAME  the name to report for stdin
  --color, --no-color    force colours on or off (default: on for a terminal,
                         off when NO_COLOR is set)
  --no-error-on-unmatched-pattern
                         a folder or glob without contact files is not an error
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too
many warnings, 2 usage or I/O problems.
`;

const WITH_VALUE = new Set(['--format', '--rule', '--max-warnings', '--max-file-size', '--model-version', '--read-as', '--config', '--stdin-filename']);

/** Parses argv (without node and the script). Throws CliError for anything it cannot use. */
export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { operands: [], format: 'stylish', rules: Object.create(null), readAs: Object.create(null), fix: false, quiet: false, errorOnUnmatchedPattern: true, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.operands.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    let value: string | undefined;
    if (WITH_VALUE.has(name)) {
      if (name !== arg) value = arg.slice(equals + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new CliError(`${name} needs a value (see --help)`);
    } else if (name !== arg) {
      throw new CliError(`${name} takes no value`);
    }
    switch (name) {
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value as string)) throw new CliError(`unknown format "${value}": use one of ${FORMATS.join(', ')}`);
        options.format = value as FormatName;
        break;
      case '--rule':
        // `--rule a=off,b=error` is the same as two flags.
        for (const item of (value as string).split(',')) {
          const [code, setting] = parseRuleSetting(item.trim());
          options.rules[code] = setting;
        }
        break;
      case '--max-warnings':
        options.maxWarnings = wholeNumber(name, value as string);
        break;
      case '--max-file-size':
        options.maxFileSize = positiveNumber(name, value as string);
        break;
      case '--model-version':
        if (!(MODEL_VERSIONS as readonly string[]).includes(value as string)) throw new CliError(`unknown model version "${value}": use one of ${MODEL_VERSIONS.join(', ')}`);
        options.modelVersion = value as ModelVersion;
        break;
      case '--read-as': {
        const text = value as string;
        const equals = text.lastIndexOf('=');
        const [glob, format] = equals < 0 ? ['', ''] : [text.slice(0, equals), text.slice(equals + 1)];
        if (glob === '' || !isFormatId(format)) throw new CliError(`--read-as needs GLOB=FORMAT with FORMAT one of ${FORMAT_IDS.join(', ')}, not "${value}"`);
        options.readAs[glob] = format;
        break;
      }
      case '--config':
        options.config = value;
        break;
      case '--stdin-filename':
        options.stdinFilename = value;
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--no-error-on-unmatched-pattern':
        options.errorOnUnmatchedPattern = false;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        throw new CliError(`unknown option ${name} (see --help)`);
    }
  }
  return options;
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new CliError(`${name} must be a number above 0, not "${value}"`);
  return number;
}
