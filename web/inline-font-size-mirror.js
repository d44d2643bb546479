// A mirror of shared/font_scale/inline_font_size.cpp for the boot script alone, which
// must scale Word-pasted sizes before first paint, before wasm can load. Once
// the widget mounts, C++ recomputes every size from the original and is the
// authority; tests/e2e/font-scale-boot.spec.mjs checks both agree.
const ABSOLUTE = /^\s*([0-9]*\.?[0-9]*)\s*(px|pt)\s*$/i;

export function mirrorRelativeFontSize(written, parentPx, scale) {
  const match = ABSOLUTE.exec(written);
  if (!match || !/[0-9]/.test(match[1]) || match[1].length > 12) return '';
  const px = Number(match[1]) * (match[2].toLowerCase() === 'pt' ? 4 / 3 : 1);
  if (!isFinite(px) || px > 1000 || !(parentPx > 0) || !(scale > 0)) return '';
  const em = px * scale / parentPx;
  if (em > 1000) return '';
  const fixed = Math.round(em * 100000);
  return String(fixed / 100000) + 'em';
}
