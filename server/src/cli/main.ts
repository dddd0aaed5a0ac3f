// The command line: `contact-json [options] [file|folder|glob|-]...`. dist/cli.js calls `main`, which
// lives in dist/library.cjs with the library (server/src/library/bundle.ts): one copy of the engine.
import { setFlagsFromString } from 'node:v8';
import { run, type CliIO } from './run';

export function main(): void {
  // Each file's garbage dies young; without this V8 grows its young generation as the files go by,
  // and keeps it: 10,000 files peaked at 82 MB, with it at 69 MB, in the same time (the language
  // server does the same, node/start.ts). Read at each growth, so setting it after start works.
  // Here, in the command line's process, never in a program that imports the library.
  setFlagsFromString('--semi-space-growth-factor=1');
  const io: CliIO = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };

  // `contact-json | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  run(process.argv.slice(2), io).then(
    (code) => {
      // exitCode, not exit(): output still buffered for a pipe is written first.
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug of ours; one line all the same (CONTACT_JSON_DEBUG=1 shows where).
      process.stderr.write(`contact-json: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.CONTACT_JSON_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.exitCode = 2;
    },
  );
}
