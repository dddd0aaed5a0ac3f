import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ICON, drawIcon } from '../../scripts/icon';
import { decodePng } from '../../scripts/png';
import manifest from '../../package.json';

test('the committed icon is the one scripts/icon.ts draws (run `npm run icon` after changing it)', () => {
  const png = readFileSync(ICON);
  assert.equal(png.readUInt32BE(16), 128, 'width');
  assert.equal(png.readUInt32BE(20), 128, 'height');
  assert.ok(decodePng(png).rgba.equals(drawIcon()), 'docs/images/icon.png differs from what scripts/icon.ts draws');
});

test('the manifest names the icon and a gallery banner, and the .vsix ships the icon', () => {
  assert.equal(manifest.icon, 'docs/images/icon.png');
  assert.deepEqual(manifest.galleryBanner, { color: '#232F3E', theme: 'dark' });
  assert.match(readFileSync(`${__dirname}/../../.vscodeignore`, 'utf8'), /^!docs\/images\/\*\*$/m);
});
