// The library: `import { check, checkFiles, fix, assertValid } from 'contact-json'` (bundled as
// dist/library.cjs, with dist/library.mjs for ESM). Its types are written in types/index.d.ts;
// the `satisfies` below holds these functions to them.
import type * as Api from '../../../types';
import { assertValid, ContactJsonAssertionError } from './assert';
import { checkFiles } from './files';
import { check, fix } from './text';

export { assertValid, check, checkFiles, ContactJsonAssertionError, fix };

({ assertValid, check, checkFiles, ContactJsonAssertionError, fix }) satisfies {
  assertValid: typeof Api.assertValid;
  check: typeof Api.check;
  checkFiles: typeof Api.checkFiles;
  ContactJsonAssertionError: typeof Api.ContactJsonAssertionError;
  fix: typeof Api.fix;
};
