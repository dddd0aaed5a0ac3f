// The extension's icon (docs/images/icon.png, 128x128), drawn from the shapes below, so that it
// can be made again exactly and changed in review like any source: `npm run icon`.
// Each pixel is 4x4 samples of a few signed-distance shapes (a rounded square, two braces, a
// person), so the edges are smooth; no drawing library, no fonts, no randomness.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, encodePng } from './png';

const SIZE = 128;
const SAMPLES = 4;
type Colour = [number, number, number];
type Point = [number, number];

const INK: Colour = [0x23, 0x2f, 0x3e]; // the background: a dark slate
const ORANGE: Colour = [0xff, 0x99, 0x00]; // the braces: JSON
const WHITE: Colour = [0xff, 0xff, 0xff]; // the person: a contact

/** Distance from (x, y) to the segment a-b. */
function segmentDistance(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Points along a quadratic Bézier curve (without its first point). */
function bezier([x0, y0]: Point, [x1, y1]: Point, [x2, y2]: Point, steps = 12): Point[] {
  const points: Point[] = [];
  for (let step = 1; step <= steps; step++) {
    const t = step / steps;
    const u = 1 - t;
    points.push([u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2]);
  }
  return points;
}

/** A left brace "{" as a polyline; `flip` mirrors it into "}" about the icon's middle. */
function brace(flip: boolean): Point[] {
  const at = ([x, y]: Point): Point => [flip ? SIZE - x : x, y];
  const points: Point[] = [[46, 28]];
  points.push(...bezier([46, 28], [35, 28], [35, 40]));
  points.push([35, 54]);
  points.push(...bezier([35, 54], [35, 64], [25, 64]));
  points.push(...bezier([25, 64], [35, 64], [35, 74]));
  points.push([35, 88]);
  points.push(...bezier([35, 88], [35, 100], [46, 100]));
  return points.map(at);
}

const braces = [brace(false), brace(true)];
const STROKE = 4.5; // half the braces' width

/** The colour at a sample point, or undefined outside the rounded square. */
function colourAt(x: number, y: number): Colour | undefined {
  const radius = 26;
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return undefined;
  for (const line of braces) {
    for (let index = 1; index < line.length; index++) if (segmentDistance(x, y, line[index - 1], line[index]) <= STROKE) return ORANGE;
  }
  // The person: a head and the top of the shoulders, cut off flat.
  if (Math.hypot(x - 64, y - 51) <= 11) return WHITE;
  if (y <= 90 && y >= 68 && ((x - 64) / 22) ** 2 + ((y - 90) / 21) ** 2 <= 1) return WHITE;
  return INK;
}

/** The icon's pixels: RGBA rows, each sample averaged, transparent outside the rounded square. */
export function drawIcon(): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (colour === undefined) continue;
          for (let channel = 0; channel < 3; channel++) sum[channel] += colour[channel];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (py * SIZE + px) * 4;
      for (let channel = 0; channel < 3; channel++) pixels[offset + channel] = covered === 0 ? 0 : Math.round(sum[channel] / covered);
      pixels[offset + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

export const ICON = join(__dirname, '..', 'docs', 'images', 'icon.png');

if (require.main === module) {
  const pixels = drawIcon();
  let unchanged = false;
  try {
    unchanged = decodePng(readFileSync(ICON)).rgba.equals(pixels);
  } catch {
    // no icon yet, or not one of ours: write it
  }
  if (unchanged) console.log(`${ICON}: unchanged`);
  else {
    writeFileSync(ICON, encodePng({ width: SIZE, height: SIZE, rgba: pixels }));
    console.log(`${ICON}: written`);
  }
}
