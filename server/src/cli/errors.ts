/**
 * A problem with how the command line was used or with the files it was given: reported as
 * one line on stderr and exit code 2, never as a stack trace.
 */
export class CliError extends Error {}

/** The message of an I/O error without Node's "ENOENT: ..., open '/x'" prefix and path. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENXIO':
      return 'not a file that can be read (a socket?)';
    default:
      // "EIO: i/o error, read '/x'" -> "i/o error": the path is already in our message.
      return error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '') : String(error);
  }
}
