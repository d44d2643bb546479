// Width and height of a JPEG file, from its start-of-frame segment.
import { readFileSync } from 'node:fs';

export function jpegSize(file) {
  const bytes = readFileSync(file);
  let at = 2; // after SOI
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(file + ': not a JPEG segment at ' + at);
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error(file + ': no frame header');
}
