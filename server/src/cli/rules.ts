import { contributes } from '../../../package.json';
import type { RuleSetting } from '../service/languageService';
import { closestMatch } from '../service/rules/similar';
import { WARNING_CODES } from '../service/rules/validate';
import { CliError } from './errors';

/**
 * Every rule code, as package.json declares them for the editor's `contactJson.rules`: one
 * list for both, so a code the editor accepts is one the command line accepts. (esbuild
 * bundles only this part of package.json.)
 */
export const RULE_CODES: readonly string[] = contributes.configuration.properties['contactJson.rules'].propertyNames.enum;

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** The severity of a code when no setting names it (the service's own default). */
export function defaultSeverity(code: string): 'error' | 'warning' {
  return WARNING_CODES.includes(code) ? 'warning' : 'error';
}

/** `CODE=SEVERITY` from `--rule`. */
export function parseRuleSetting(text: string): [string, RuleSetting] {
  const equals = text.indexOf('=');
  if (equals < 0) throw new CliError(`--rule expects CODE=SEVERITY, e.g. --rule arn-format=off, not "${text}"`);
  const code = text.slice(0, equals).trim();
  const setting = text.slice(equals + 1).trim();
  checkRule(code, setting, '--rule');
  return [code, setting as RuleSetting];
}

/**
 * A misspelt code would silently change nothing, so an unknown code is an error, with the
 * code the user most likely meant.
 */
export function checkRule(code: string, setting: unknown, where: string): asserts setting is RuleSetting {
  if (!RULE_CODES.includes(code)) {
    const meant = closestMatch(code, RULE_CODES);
    throw new CliError(`${where}: unknown rule code "${code}"${meant === undefined ? ` (codes: ${RULE_CODES.join(', ')})` : `; did you mean "${meant}"?`}`);
  }
  if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
    throw new CliError(`${where}: the severity of "${code}" must be one of ${RULE_SETTINGS.join(', ')}, not ${JSON.stringify(setting)}`);
  }
}

/** One line per code for SARIF viewers (code scanning shows it beside each result); the README's table says more. */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'json-syntax': 'Not valid JSON.',
  'duplicate-key': 'The same key twice in one object.',
  'unknown-property': 'A key that is not a member of its object.',
  type: 'A value of the wrong JSON type.',
  enum: 'A string outside the valid values.',
  length: 'A string or list shorter or longer than allowed.',
  range: 'A number outside its range.',
  timestamp: 'A string that is not an ISO 8601 date-time with a time zone.',
  'tags-max': 'More than 6 tags.',
  'tag-key': 'A tag key that is empty, too long, reserved (aws:) or has characters not allowed.',
  'tag-value': 'A tag value that is not a string or is too long.',
  'segment-attribute-key': 'A SegmentAttributes key that is empty, too long or has characters not allowed.',
  'mutually-exclusive': 'QueuePriority and QueueTimeAdjustmentSeconds both set.',
  'arn-format': 'Arn is not an Amazon Connect contact ARN.',
  'arn-id-mismatch': 'The contact id at the end of Arn differs from Id.',
  'timestamp-order': 'Timestamps out of order.',
  'epoch-milliseconds': 'A numeric timestamp in milliseconds where seconds belong.',
  'self-reference': 'A contact that names itself as its previous or related contact.',
  'pause-inconsistent': 'TotalPauseCount and TotalPauseDurationInSeconds disagree.',
  'too-large': 'A file larger than the size limit: not checked.',
  'newer-api': 'A member, value or length that only a newer Amazon Connect model allows.',
  'not-a-contact': 'Another Amazon Connect format (a contact trace record, an EventBridge event, a Lambda event), not a Contact.',
  'too-many-problems': 'More problems in one file than are listed.',
};
