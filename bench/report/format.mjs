// Numbers as the table and the chart print them.
export function number(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'CLS') return value.toFixed(5);
  if (unit === 'B' || unit === 'req' || unit === 'nodes' || unit === 'pts') return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(1);
}

export function figure(s, unit) {
  if (!s) return '—';
  const main = `${number(s.median, unit)} ${unit}`;
  if (s.runs.length < 2) return main;
  if (s.min === s.max) return `${main} (${s.runs.length}×)`;
  return `${main} [${number(s.min, unit)}–${number(s.max, unit)}]`;
}

export const ratio = (r) => (r === null || !Number.isFinite(r) ? '—' : `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`);
