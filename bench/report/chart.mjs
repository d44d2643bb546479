// The chart: an SVG a person can open in a browser. Per metric, a bar for our
// median and one for the anchor's, on that metric's own scale, with a whisker
// from the fastest to the slowest run. Our own bundle breakdown shares one scale.
import { figure } from './format.mjs';

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const W = 1000;
const LABEL = 390; // left column
const BARS = 420; // bar area
const BAR_H = 12;
const COLORS = { ours: '#0a4a8f', theirs: '#9aa5b1' };

function bar(y, s, scale, color, label) {
  if (!s) return '';
  const x0 = LABEL;
  const w = Math.max(1, (s.median / scale) * BARS);
  let out = `<rect x="${x0}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${color}"/>`;
  if (s.runs.length > 1 && s.max > s.min) {
    const a = x0 + (s.min / scale) * BARS;
    const b = x0 + (s.max / scale) * BARS;
    const m = y + BAR_H / 2;
    out += `<path d="M${a.toFixed(1)} ${m}H${b.toFixed(1)}M${a.toFixed(1)} ${m - 4}v8M${b.toFixed(1)} ${m - 4}v8" stroke="#222" stroke-width="1"/>`;
  }
  const end = x0 + Math.max(w, s.runs.length > 1 ? (s.max / scale) * BARS : 0);
  out += `<text x="${(end + 6).toFixed(1)}" y="${y + BAR_H - 2}" font-size="11">${escape(label)}</text>`;
  return out;
}

export function renderChart(rows, meta) {
  const parts = [];
  let y = 20;
  parts.push(`<text x="16" y="${y}" font-size="16" font-weight="bold">${escape(meta.title)}</text>`);
  y += 18;
  parts.push(`<text x="16" y="${y}" font-size="11" fill="#444">${escape(meta.subtitle)}</text>`);
  y += 18;
  parts.push(`<rect x="16" y="${y - 10}" width="12" height="12" fill="${COLORS.ours}"/><text x="34" y="${y}" font-size="12">ours (portal-widgets)</text>`);
  parts.push(`<rect x="200" y="${y - 10}" width="12" height="12" fill="${COLORS.theirs}"/><text x="218" y="${y}" font-size="12">anchor</text>`);
  parts.push(`<text x="300" y="${y}" font-size="11" fill="#444">bar: median · whisker: min–max of runs · each metric on its own scale · shorter is better unless marked ↑</text>`);
  y += 14;

  const insideScale = Math.max(...rows.filter((r) => r.anchor === 'inside our bundle').map((r) => r.ours.max), 1);
  let heading = '';
  for (const r of rows) {
    const h = `${r.group} — ${r.anchor === 'inside our bundle' ? 'inside our bundle' : 'vs ' + r.anchor}`;
    if (h !== heading) {
      heading = h;
      y += 24;
      parts.push(`<text x="16" y="${y}" font-size="13" font-weight="bold" fill="#06336a">${escape(h)}</text>`);
      parts.push(`<line x1="16" x2="${W - 16}" y1="${y + 4}" y2="${y + 4}" stroke="#c9d4e3"/>`);
      y += 8;
    }
    const inside = r.anchor === 'inside our bundle';
    const scale = inside ? insideScale : Math.max(r.ours?.max ?? 0, r.theirs?.max ?? 0) || 1;
    const top = y + 6;
    const label = r.label + (r.better === 'higher' ? ' ↑' : '');
    parts.push(`<text x="16" y="${top + BAR_H}" font-size="12">${escape(label)}</text>`);
    parts.push(bar(top, r.ours, scale, COLORS.ours, figure(r.ours, r.unit)));
    if (!inside && r.theirs) {
      parts.push(bar(top + BAR_H + 3, r.theirs, scale, COLORS.theirs, figure(r.theirs, r.unit)));
      y += 2 * BAR_H + 12;
    } else {
      y += BAR_H + 10;
    }
  }
  y += 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    parts.join('') +
    '</svg>\n'
  );
}
