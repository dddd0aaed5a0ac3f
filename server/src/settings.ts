/** The server's settings, as the client sends them under the `contactJson` section. */
export interface Settings {
  validate: { enable: boolean };
}

/** Must equal the defaults declared in package.json (a test checks that they do). */
export const defaultSettings: Settings = { validate: { enable: true } };

/** Reads settings defensively: a client may send anything, or nothing. */
export function readSettings(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as { validate?: { enable?: unknown } };
  const enable = section.validate?.enable;
  return { validate: { enable: typeof enable === 'boolean' ? enable : defaultSettings.validate.enable } };
}
