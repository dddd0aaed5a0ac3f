/**
 * A problem found on the parsed value, before it is given a place in the text: the
 * currency between the checks (explain.ts, checks.ts) and validate.ts, which locates them.
 */
export interface Problem {
  /** JSON pointer of the value at fault. */
  pointer: string;
  /** Underline the member's key rather than its value. */
  onKey: boolean;
  code: string;
  message: string;
  fixes?: Fix[];
  /**
   * Set when the problem is something Amazon Connect allowed after the model validated
   * against (from the schema's `x-later-*` annotations): the message that says so, with
   * `{current}` and `{newer}` standing for the two model versions, `{checker}` and `{useNewer}`
   * for the surface's words (settingWords.ts).
   */
  later?: string;
  /** For `newer-api`: the model version that allows it (a code action can switch to it). */
  modelVersion?: string;
}

/** A repair of a problem, in terms of the member at `pointer`. */
export interface Fix {
  title: string;
  /** Applied by "Fix all" and `--fix` only when there is no doubt what was meant. */
  certain: boolean;
  /**
   * `take-value`: the member at `pointer` gets the value of the problem's member, which is
   * removed (a misspelled key beside the member it meant).
   */
  kind: 'replace-value' | 'rename-key' | 'remove-member' | 'take-value';
  newText?: string;
  /** The member to change, when it is not the one the problem is about. */
  pointer?: string;
}

/** One change of a placed fix. */
export interface PlacedChange {
  /** Replace this span with `newText`... */
  offset: number;
  length: number;
  newText: string;
  /** ...or, when set, remove the whole member whose key starts here (comma included). */
  removeMemberAt?: number;
  /** The text the change was made for, at its start (the span replaced, or the member removed). */
  expected: string;
}

/** A fix placed in the text: what a diagnostic carries in `data.fixes`. */
export interface PlacedFix extends PlacedChange {
  title: string;
  certain: boolean;
  /**
   * Changes made together with the first, all or none (replace a value, remove another member).
   * Fix-all applies only fixes of one change (codeActions.ts).
   */
  also?: PlacedChange[];
}

/** The fix with every offset moved by `shift` (after an edit before it). */
export function shiftFix(fix: PlacedFix, shift: number): PlacedFix {
  const move = <T extends PlacedChange>(change: T): T => ({ ...change, offset: change.offset + shift, ...(change.removeMemberAt !== undefined ? { removeMemberAt: change.removeMemberAt + shift } : {}) });
  return { ...move(fix), ...(fix.also !== undefined ? { also: fix.also.map(move) } : {}) };
}

export interface DiagnosticData {
  fixes: PlacedFix[];
  /** The model version that would accept this (newer-api). */
  modelVersion?: string;
}

/** The problem with its pointer and its fixes' pointers mapped (a new object: fixes may be shared between problems). */
export function withPointers(problem: Problem, map: (pointer: string) => string): Problem {
  return {
    ...problem,
    pointer: map(problem.pointer),
    ...(problem.fixes !== undefined ? { fixes: problem.fixes.map((fix) => (fix.pointer !== undefined ? { ...fix, pointer: map(fix.pointer) } : fix)) } : {}),
  };
}

export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How a member is named in messages: its path inside the contact (`QueueInfo.EnqueueTimestamp`,
 * `RoutingCriteria.Steps[0].Status`), without the array index or `Contact` wrapper around it.
 */
export function displayName(root: unknown, path: string[]): string {
  let value = root;
  let start = 0;
  if (Array.isArray(value) && path.length > 0) {
    value = value[Number(path[0])];
    start = 1;
  }
  if (path[start] === 'Contact' && isObject(value) && Object.hasOwn(value, 'Contact')) {
    value = value.Contact;
    start++;
  }
  let name = '';
  for (let i = start; i < path.length; i++) {
    const segment = path[i];
    if (Array.isArray(value)) {
      name += `[${segment}]`;
      value = value[Number(segment)];
    } else {
      name += /^[A-Za-z_$][\w$]*$/.test(segment) ? (name === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
      value = isObject(value) ? value[segment] : undefined;
    }
  }
  return name === '' ? 'The contact' : name;
}

/** What a document holds at its top: itself, or each item of an array, with their paths. */
export function documentItems(root: unknown): { item: unknown; path: string[] }[] {
  return Array.isArray(root) ? root.map((item, index) => ({ item, path: [String(index)] })) : [{ item: root, path: [] }];
}

/**
 * The contacts in a document and their paths: the document itself, the `Contact` of a
 * DescribeContact response, or each of either in an array.
 */
export function contactsOf(root: unknown): { path: string[]; contact: Record<string, unknown> }[] {
  const contacts: { path: string[]; contact: Record<string, unknown> }[] = [];
  for (const { item, path } of documentItems(root)) {
    if (!isObject(item)) continue;
    if (Object.hasOwn(item, 'Contact')) {
      if (isObject(item.Contact)) contacts.push({ path: [...path, 'Contact'], contact: item.Contact });
    } else contacts.push({ path, contact: item });
  }
  return contacts;
}
