/**
 * The small files the web tests open, beside copies of examples/mistakes.contact.json and
 * examples/valid.contact.json. run.ts writes them into the workspace folder before the workbench
 * starts. Files written from inside the tests (vscode.workspace.fs.writeFile, then open) made
 * about one run in twenty fail: the workbench cancelled the code-action request on such a file
 * ("Canceled"), most likely because the write's file event arrived after the open and changed the
 * model. Files that exist from the start never did (30 runs out of 30 under load).
 */
export const FIXTURES = {
  /** Opened after the valid example: once it has its diagnostic, the valid one's are in. */
  'later.contact.json': '{"Channel": 1}\n',
  /** Completion inside the empty value. */
  'values.contact.json': '{"Channel": ""}\n',
  /** One enum mistake with a certain quick fix. */
  'fix.contact.json': '{\n  "Channel": "voice"\n}\n',
  /** A value of the 2026-08 model only: a newer-api warning under 2024-09. */
  'email.contact.json': '{"Channel": "EMAIL"}\n',
  /** Outline, inlay hint, formatting and fix-all; no final newline (formatting adds none). */
  'aids.contact.json': '{"Id":"c-1","InitiationTimestamp":1714558351,"Channel":"voice",\n"QueueInfo":{"Id":"q"}}',
  /** Never opened: without a file system the browser's server checks open documents only. */
  'unopened.contact.json': '{"Channel": "voice"}\n',
} as const;
