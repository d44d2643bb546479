// The one printed table: per group and anchor, each metric with our figure,
// the anchor's, and the ratio ours / anchor. Medians, [min–max] over runs.
import { figure, ratio } from './format.mjs';

export function renderTable(rows) {
  const header = ['metric', 'ours', 'anchor', 'ours/anchor'];
  const lines = [];
  const cells = [];
  let last = '';
  for (const r of rows) {
    const heading = `${r.group} — ${r.anchor === 'inside our bundle' ? 'inside our bundle (no anchor)' : 'vs ' + r.anchor}`;
    if (heading !== last) {
      cells.push({ heading });
      last = heading;
    }
    const arrow = r.better === 'higher' ? ' (↑ better)' : '';
    cells.push({ cols: [r.label + arrow, figure(r.ours, r.unit), figure(r.theirs, r.unit), ratio(r.ratio)] });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.filter((c) => c.cols).map((c) => c.cols[i].length)));
  const fmt = (cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  lines.push(fmt(header), rule);
  for (const c of cells) lines.push(c.heading ? `· ${c.heading}` : fmt(c.cols));
  lines.push(rule);
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    lines.push('notes:');
    for (const r of notes) lines.push(`  ${r.label}: ${r.note}`);
  }
  return lines.join('\n');
}
