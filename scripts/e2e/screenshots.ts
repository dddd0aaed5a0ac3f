// npm run screenshots: the pictures in docs/images/, taken from the real extension (installed from
// contact-json.vsix, which `npm run screenshots` builds first) in code-server, in headless Chromium.
// Needs what scripts/e2e/setup.sh installs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/lib/browser';
import { CodeServer, ROOT, Sandbox, installExtension } from '../../test/e2e/lib/codeServer';
import { decodePng, difference } from '../png';

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

/**
 * Writes the picture, unless the one in docs/images/ shows exactly the same pixels: PNG bytes
 * differ from run to run even when nothing on screen does, and the tree must stay clean.
 */
async function shoot(page: Page, name: string): Promise<void> {
  const path = join(IMAGES, name);
  const taken = await settledScreenshot(page);
  if (existsSync(path) && difference(decodePng(readFileSync(path)), decodePng(taken)) === 0) {
    console.log(`${path}: unchanged`);
    return;
  }
  writeFileSync(path, taken);
  console.log(`wrote ${path}`);
}

/**
 * A screenshot once the page has stopped changing for 1.5 s: transitions, focus rings and
 * scroll bars that fade a second after the last activity come and go.
 */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let still = await page.screenshot();
  let stillSince = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() - stillSince < 1_500) {
    if (Date.now() > deadline) throw new Error('the page did not stop changing within 15 s');
    await page.waitForTimeout(250); // polling for stillness: no event says "nothing will move"
    const next = await page.screenshot();
    if (difference(decodePng(still), decodePng(next)) !== 0) {
      still = next;
      stillSince = Date.now();
    }
  }
  return still;
}

/**
 * Each picture from the same start: the workbench loaded afresh, the example open, no side
 * bar, no panel, no notifications, the cursor at `line`:`column` and the breadcrumbs showing
 * `symbol` (so nothing is left over from the picture before).
 */
async function fresh(page: Page, url: string, line: number, column: number, symbol: string, file = 'mistakes.contact.json'): Promise<void> {
  await page.mouse.move(1270, 300); // over nothing that reacts to a pointer
  await page.goto(url);
  await page.locator('.monaco-workbench .part.editor').waitFor();
  // The workbench restores the last layout: close what is open (the commands exist only then).
  if (await page.locator('.part.sidebar').isVisible()) await command(page, 'View: Close Primary Side Bar');
  if (await page.locator('.part.panel').isVisible()) await command(page, 'View: Hide Panel');
  if ((await page.locator('.tabs-container .tab').count()) > 0) await command(page, 'View: Close All Editors');
  await page.keyboard.press('Control+P');
  await page.locator(QUICK_INPUT).fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  await command(page, 'Notifications: Clear All Notifications');
  await goTo(page, line, column);
  await page.locator('.breadcrumbs-control .monaco-breadcrumb-item', { hasText: symbol }).waitFor();
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
        // The same pixels in every run: no blinking cursor, no light bulb that comes and goes as
        // code actions arrive.
        'editor.cursorBlinking': 'solid',
        'editor.lightbulb.enabled': 'off',
        'editor.showFoldingControls': 'never',
        'editor.matchBrackets': 'never',
        'editor.scrollbar.vertical': 'visible', // shown, not fading in and out with activity
        'editor.occurrencesHighlight': 'off',
        'editor.selectionHighlight': false,
        'editor.guides.highlightActiveBracketPair': false,
        'editor.guides.highlightActiveIndentation': false,
      }),
    );
    // A folder named like a project's fixtures, with the example in it.
    const workspace = join(sandbox.root, 'fixtures');
    mkdirSync(workspace);
    copyFileSync(join(ROOT, 'examples', 'mistakes.contact.json'), join(workspace, 'mistakes.contact.json'));
    copyFileSync(join(ROOT, 'examples', 'valid.contact.json'), join(workspace, 'valid.contact.json'));
    copyFileSync(join(ROOT, 'examples', 'format-mistakes.contact.json'), join(workspace, 'format-mistakes.contact.json'));

    server = await CodeServer.start(sandbox);
    const browser = await launchBrowser(sandbox, { width: 1280, height: 760 });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const url = server.workbenchUrl(workspace);

      // 1. The mistakes example with its squiggles, and the Problems panel.
      await fresh(page, url, 4, 15, 'Channel');
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'Did you mean "VOICE"' }).waitFor();
      await page.locator('.monaco-editor textarea').first().focus(); // the cursor back in the editor
      await shoot(page, 'diagnostics.png');

      // 2. The hover on QueuePriority: its problem and its documentation.
      await fresh(page, url, 9, 6, 'QueuePriority');
      await command(page, 'Show or Focus Hover');
      await page.locator('.monaco-hover', { hasText: 'An integer that represents the queue priority' }).waitFor();
      // The hover's last line says "Checking for quick fixes..." until the code actions arrive.
      await page.locator('.monaco-hover .hover-row.status-bar', { hasText: 'Quick Fix' }).waitFor();
      await shoot(page, 'hover.png');

      // 3. Completion of InitiationMethod's values, inside "INBOUND " (its trailing space is the
      // mistake): enough values that the documentation beside them is shown whole.
      await fresh(page, url, 5, 24, 'InitiationMethod');
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget .monaco-list-row', { hasText: 'QUEUE_TRANSFER' }).waitFor();
      await page.keyboard.press('Control+Space'); // the focused item's documentation beside the list
      await page.locator('.suggest-details-container .suggest-details').waitFor();
      // The documentation opens at a default height that cuts it off: drag its lower edge down,
      // as a person would, until it is shown whole.
      const details = await page.locator('.suggest-details-container').boundingBox();
      if (details === null) throw new Error('the completion documentation is not shown');
      await page.mouse.move(details.x + details.width / 2, details.y + details.height - 2);
      await page.locator('.suggest-details-container .monaco-sash.horizontal.hover').waitFor(); // the edge is under the pointer
      await page.mouse.down();
      await page.mouse.move(details.x + details.width / 2, details.y + 160, { steps: 8 });
      await page.mouse.up();
      await page.mouse.move(1100, 650); // off the edge, so that it is not drawn highlighted
      await page.locator('.suggest-details-container .monaco-sash.hover, .suggest-details-container .monaco-sash.active').waitFor({ state: 'detached' });
      // ...and its highlight has faded out (a CSS transition).
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.suggest-details-container .monaco-sash')).every((sash) => ['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(sash, '::before').backgroundColor)),
      );
      await shoot(page, 'completion.png');

      // 4. Every format: a Lambda event, a contact record and an EventBridge detail in one array,
      // each read as its own format, with the Problems panel.
      await fresh(page, url, 8, 30, 'InitiationMethod', 'format-mistakes.contact.json');
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'ContactTraceRecord' }).waitFor();
      await page.locator('.monaco-editor textarea').first().focus();
      await shoot(page, 'formats.png');
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
