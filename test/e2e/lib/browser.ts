import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Sandbox } from './codeServer';

/** Debian's Chromium (package `chromium`), or `CHROMIUM_PATH`. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: run scripts/e2e/setup.sh`);
  return path;
}

/** A headless Chromium with a fresh profile inside the sandbox. */
export function launchBrowser(sandbox: Sandbox, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(sandbox.root, 'browser-profile'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    env: sandbox.env(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
