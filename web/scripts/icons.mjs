// Draws the app icons (public/icons/*.png) from the same shapes as public/favicon.svg: no image tool, no external asset.
// Run after changing the design: node scripts/icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const teal = [0x1f, 0x4e, 0x5f], white = [0xff, 0xff, 0xff], sand = [0xf3, 0xc9, 0x8b];
// The favicon's 32-unit design: two people, a mentor and the person they walk beside.
const shapes = [
  { colour: white, inside: (x, y) => (x - 12) ** 2 + (y - 12) ** 2 <= 16 },
  { colour: sand, inside: (x, y) => (x - 21) ** 2 + (y - 14) ** 2 <= 3.2 ** 2 },
  { colour: white, inside: (x, y) => y <= 26 && ((x - 12) / 7) ** 2 + ((y - 26) / 7.5) ** 2 <= 1 },
  { colour: sand, inside: (x, y) => y <= 26 && ((x - 21.25) / 4.75) ** 2 + ((y - 26) / 6) ** 2 <= 1 },
];

/** `maskable`: full-bleed background with the drawing inside the 80 % safe zone; otherwise a rounded square. */
function draw(size, maskable) {
  const scale = maskable ? 0.7 : 1, offset = (32 - 32 * scale) / 2, samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
        const u = ((px + (sx + 0.5) / samples) / size) * 32, v = ((py + (sy + 0.5) / samples) / size) * 32;
        if (!maskable && !inRoundedSquare(u, v)) continue;
        const x = (u - offset) / scale, y = (v - offset) / scale;
        const colour = shapes.findLast((s) => s.inside(x, y))?.colour ?? teal;
        colour.forEach((c, i) => (sum[i] += c));
        sum[3] += 255;
      }
      const n = samples * samples, alpha = sum[3] / n;
      row.push(...sum.slice(0, 3).map((c) => (alpha ? Math.round(c / (sum[3] / 255)) : 0)), Math.round(alpha));
    }
    rows.push(Buffer.from(row));
  }
  return png(size, Buffer.concat(rows));
}

function inRoundedSquare(u, v, r = 7) {
  const dx = Math.max(r - u, 0, u - (32 - r)), dy = Math.max(r - v, 0, v - (32 - r));
  return dx * dx + dy * dy <= r * r;
}

function png(size, raw) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const out = new URL('../public/icons/', import.meta.url);
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  writeFileSync(new URL(name, out), draw(size, maskable));
}
