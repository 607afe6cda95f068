#!/usr/bin/env node
// Draws the app icons (the favicon's shape: a white triangle and dot on blue)
// as PNG files, with no image library: a tiny rasterizer and zlib.
// Usage: node scripts/make-icons.mjs  (writes public/icons/*.png; commit them)
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BLUE = [0x0b, 0x5c, 0xad];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x + 0.5, y + 0.5);
      const i = y * (size * 3 + 1) + 1 + x * 3;
      raw[i] = r; raw[i + 1] = g; raw[i + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from point p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The glyph in a 64-unit box; `scale` shrinks it toward the centre (maskable safe zone). */
function glyph(size, scale, rounded) {
  return (x, y) => {
    const u = ((x / size) * 64 - 32) / scale + 32;
    const v = ((y / size) * 64 - 32) / scale + 32;
    if (rounded) {
      // Rounded square corners (radius 14 of 64), outside is white-ish transparent stand-in.
      const cx = Math.min(Math.max((x / size) * 64, 14), 50), cy = Math.min(Math.max((y / size) * 64, 14), 50);
      if (Math.hypot((x / size) * 64 - cx, (y / size) * 64 - cy) > 14) return WHITE;
    }
    const stroke = 2.5;
    const onTri = segDist(u, v, 14, 44, 32, 16) < stroke || segDist(u, v, 32, 16, 50, 44) < stroke || segDist(u, v, 50, 44, 14, 44) < stroke;
    const onDot = Math.hypot(u - 32, v - 36) < 4;
    return onTri || onDot ? WHITE : BLUE;
  };
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(`public/icons/icon-${size}.png`, png(size, glyph(size, 1, true)));
  // Maskable: full-bleed background, glyph inside the 80 % safe zone.
  writeFileSync(`public/icons/maskable-${size}.png`, png(size, glyph(size, 0.72, false)));
}
writeFileSync('public/icons/apple-touch-icon.png', png(180, glyph(180, 0.8, false)));
// The shelter kit's ZIM illustration (Kiwix libraries show it): 48×48, full bleed.
writeFileSync('public/icons/illustration-48.png', png(48, glyph(48, 0.8, false)));
console.log('Icons written to public/icons/.');
