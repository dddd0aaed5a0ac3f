import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { HELP, parseArgs } from './args';
import { checkText } from '../check';
import { checkFile, failureLine, fileUris } from './checkFile';
import { checkOptionsOf, cliWords, findConfig, loadConfig } from './config';
import { CliError, describeIoError } from './errors';
import { countSeverities, formatReports, severityOf, type FileReport } from './formats';
import { displayPath, resolveTargets, unmatchedError } from './targets';

/** What the command line needs from the process, so that it can be driven from elsewhere too. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  readStdin(): Promise<Buffer>;
}

/** Progress is worth showing (on a terminal) from this many files. */
const PROGRESS_FROM = 500;

/** Runs the command line; resolves to the exit code: 0 clean, 1 problems, 2 usage or I/O. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await check(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`contact-json: ${error.message}\n`);
    return 2;
  }
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const config = options.config !== undefined ? await loadConfig(options.config, io.cwd) : await findConfig(io.cwd);
  for (const key of config.unknownKeys) io.stderr(`contact-json: ${config.source}: ignoring unknown setting "${key}"\n`);
  const { settings } = config;
  const checkOptions = checkOptionsOf(settings, options, { fix: options.fix, settingWords: cliWords(config.source) });

  const targets = await resolveTargets(options.operands, io.cwd, config.root, settings);
  if (options.fix && targets.stdin) throw new CliError('--fix cannot change stdin; pass the file instead');
  const unmatched = unmatchedError(targets, settings);
  if (unmatched !== undefined && options.errorOnUnmatchedPattern) throw unmatched;

  let ioProblems = 0;
  const progress = io.stderrIsTTY && targets.files.length >= PROGRESS_FROM ? progressLine(io, targets.files.length) : undefined;
  const reports: (FileReport | undefined)[] = [];
  const uriOf = fileUris();
  for (const file of targets.files) {
    const display = displayPath(file, io.cwd);
    try {
      reports.push(await checkFile(file, display, uriOf(file), checkOptions, (line) => io.stderr(line)));
      progress?.tick();
    } catch (error) {
      progress?.tick();
      progress?.clear();
      io.stderr(failureLine(display, error));
      ioProblems++;
    }
  }
  progress?.clear();
  if (targets.stdin) {
    const text = (await io.readStdin().catch((error: unknown) => {
      throw new CliError(`stdin: ${describeIoError(error)}`);
    })).toString('utf8');
    const name = options.stdinFilename ?? '<stdin>';
    reports.push({ file: name, fixed: false, ...checkText(text, stdinUri(name, io.cwd), checkOptions, name) });
  }

  const checked = reports.filter((report): report is FileReport => report !== undefined);
  if (options.quiet) for (const report of checked) report.diagnostics = report.diagnostics.filter((d) => severityOf(d) === 'error');
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  io.stdout(formatReports(options.format, checked, { color: options.color ?? (io.stdoutIsTTY && !noColor), cwdUri: pathToFileURL(io.cwd + sep).href }));

  const counts = countSeverities(checked);
  if (ioProblems > 0) return 2;
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`contact-json: too many warnings (${counts.warning}, at most ${options.maxWarnings} allowed by --max-warnings)\n`);
    return 1;
  }
  return 0;
}

function stdinUri(name: string, cwd: string): string {
  return pathToFileURL(isAbsolute(name) ? name : `${cwd}${sep}${name}`).href;
}

/** "checked 1200/10000 files" on one rewritten stderr line, at most ten times a second. */
function progressLine(io: CliIO, total: number): { tick(): void; clear(): void } {
  let done = 0;
  let last = 0;
  let shown = false;
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      io.stderr(`\rchecked ${done}/${total} files`);
    },
    clear() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
