// npm run screenshots: the pictures in docs/images/, taken from the real extension (installed from
// contact-json.vsix, which `npm run screenshots` builds first) in code-server, in headless Chromium.
// Needs what scripts/e2e/setup.sh installs.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/lib/browser';
import { CodeServer, ROOT, Sandbox, installExtension } from '../../test/e2e/lib/codeServer';

const IMAGES = join(ROOT, 'docs', 'images');
const VSIX = join(ROOT, 'contact-json.vsix');
const QUICK_INPUT = '.quick-input-widget input.input';

/** Runs a command by its title from the command palette. */
async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT).fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Puts the cursor at a 1-based line and column. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator(QUICK_INPUT).fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(IMAGES, name);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  const sandbox = new Sandbox();
  let server: CodeServer | undefined;
  try {
    const installed = installExtension(sandbox, VSIX);
    if (installed.status !== 0) throw new Error(`installing ${VSIX} failed:\n${installed.output}`);
    mkdirSync(join(sandbox.userDataDir, 'User'), { recursive: true });
    writeFileSync(
      join(sandbox.userDataDir, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'editor.fontSize': 14,
      }),
    );
    // A folder named like a project's fixtures, with the example in it.
    const workspace = join(sandbox.root, 'fixtures');
    mkdirSync(workspace);
    copyFileSync(join(ROOT, 'examples', 'mistakes.contact.json'), join(workspace, 'mistakes.contact.json'));
    copyFileSync(join(ROOT, 'examples', 'valid.contact.json'), join(workspace, 'valid.contact.json'));

    server = await CodeServer.start(sandbox);
    const browser = await launchBrowser(sandbox, { width: 1280, height: 760 });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(server.workbenchUrl(workspace));
      await page.locator('.monaco-workbench .part.editor').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'mistakes.contact.json' }).waitFor();

      // 1. The mistakes example with its squiggles, and the Problems panel.
      await page.keyboard.press('Control+P');
      await page.locator(QUICK_INPUT).fill('mistakes.contact.json');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'mistakes.contact.json' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      await command(page, 'Notifications: Clear All Notifications');
      await command(page, 'View: Toggle Primary Side Bar Visibility'); // room for the messages
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'Did you mean "VOICE"' }).waitFor();
      await page.locator('.monaco-editor textarea').first().focus(); // the cursor back in the editor
      await goTo(page, 4, 15);
      await shoot(page, 'diagnostics.png');

      // 2. The hover on QueuePriority: its problem and its documentation.
      await command(page, 'View: Hide Panel');
      await goTo(page, 9, 6);
      await command(page, 'Show or Focus Hover');
      await page.locator('.monaco-hover', { hasText: 'An integer that represents the queue priority' }).waitFor();
      await shoot(page, 'hover.png');
      await page.keyboard.press('Escape');

      // 3. Completion of Channel's values, inside the misspelt "voice".
      await goTo(page, 4, 15);
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget .monaco-list-row', { hasText: 'VOICE' }).waitFor();
      await page.keyboard.press('Control+Space'); // the focused item's documentation beside the list
      await page.locator('.suggest-details-container .suggest-details').waitFor();
      await shoot(page, 'completion.png');
    } catch (error) {
      const page = browser.pages()[0];
      const path = join(tmpdir(), 'contact-json-screenshots-failure.png');
      await page?.screenshot({ path }).then(() => console.error(`the page when it failed: ${path}`), () => undefined);
      throw error;
    } finally {
      await browser.close();
    }
  } finally {
    await server?.stop();
    sandbox.remove();
  }
}

mkdirSync(IMAGES, { recursive: true });
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
