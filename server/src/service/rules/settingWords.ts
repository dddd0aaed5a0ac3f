/**
 * How the place that shows the diagnostics (the editor, the command line) lets a user change
 * the two settings that some messages name. The service says what is wrong and what to change;
 * the surface says how it is changed there, so that a message never names a setting its reader
 * cannot set (an editor setting in a CI log, a command-line option in the Problems panel).
 */
export interface SettingWords {
  /** Who checks the files, in "the 2024-09 Contact model {this workspace} validates against". */
  checker: string;
  /** The instruction that checks against model `version`, followed by " to validate it.". */
  useModel(version: string): string;
  /** The size limit, in "more than {contactJson.maxFileSize} (10 MB)". */
  sizeLimit: string;
  /** The instruction that raises the limit, followed by " to check it.". */
  raiseSizeLimit: string;
}

/** Words that name no surface, for callers that give none (the service's own tests, a new host). */
export const NEUTRAL_WORDS: SettingWords = {
  checker: 'this check',
  useModel: (version) => `Choose the ${version} model`,
  sizeLimit: 'the size limit',
  raiseSizeLimit: 'Raise the limit',
};
