// Summaries of repeated runs: the median as the figure, min–max as the spread.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

export function summary(values) {
  const clean = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!clean.length) return null;
  return { median: median(clean), min: Math.min(...clean), max: Math.max(...clean), runs: clean };
}

// One run's frame intervals (ms) as its median and 95th percentile.
export function frameStats(intervals) {
  return { median: median(intervals), p95: quantile(intervals, 0.95), frames: intervals.length };
}
