import { spawn } from 'node:child_process';

/** Runs an editor to completion (60 s at most); rejects with its output if it fails or is missing. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => reject(new Error(`${command}: ${error.message} (run scripts/e2e/setup.sh)`)));
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code ?? signal}:\n${output}`))));
  });
}
