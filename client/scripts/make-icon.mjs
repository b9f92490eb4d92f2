// Draws the extension's icon, images/icon.png (128x128, RGBA), with no dependencies: a request
// document on the CoopSpec navy, its lines of text, and a green badge with a check mark.
// Run: node client/scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const NAVY = [27, 42, 65];
const PAPER = [244, 241, 232];
const INK = [120, 132, 150];
const FOLD = [205, 199, 184];
const GREEN = [46, 160, 67];
const WHITE = [255, 255, 255];

// Signed distances (negative inside).
const box = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r,
    qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

/** The colour at a point, or undefined outside the icon (transparent). */
function colour(x, y) {
  if (box(x, y, 64, 64, 62, 62, 22) > 0) return undefined;
  let c = NAVY;
  // The document, with its top-right corner folded.
  const corner = x - 72 + (34 - y); // > 12 beyond the fold line, 6..12 the folded flap
  if (box(x, y, 56, 62, 30, 40, 5) <= 0 && corner <= 12) {
    c = PAPER;
    if (corner > 6) c = FOLD;
    for (const [ly, len] of [
      [44, 38],
      [56, 44],
      [68, 30],
      [80, 40],
      [92, 24],
    ]) {
      if (segment(x, y, 36, ly, 36 + len, ly, 2.6) <= 0) c = INK;
    }
  }
  // The badge: a check mark on green, ringed in navy so it stands off the page.
  const badge = circle(x, y, 92, 94, 22);
  if (badge <= 4) c = NAVY;
  if (badge <= 0) c = GREEN;
  if (segment(x, y, 81, 95, 89, 103, 4) <= 0 || segment(x, y, 89, 103, 104, 86, 4) <= 0) c = WHITE;
  return c;
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const i = (py * SIZE + px) * 4;
    rgba[i] = a ? Math.round(r / a) : 0;
    rgba[i + 1] = a ? Math.round(g / a) : 0;
    rgba[i + 2] = a ? Math.round(b / a) : 0;
    rgba[i + 3] = Math.round((255 * a) / (SS * SS));
  }
}

// PNG: signature, IHDR, IDAT (filter 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
