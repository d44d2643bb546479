// Distinct visitors seen in the last five minutes, by their random ids.
export const ONLINE_WINDOW_MS = 5 * 60 * 1000;

export function createOnlineSet() {
  const lastSeen = new Map(); // visitor id → time of the last view or poll
  return {
    see(visitor, t) {
      lastSeen.delete(visitor); // re-inserted last, so the map stays oldest first
      lastSeen.set(visitor, t);
    },
    count(t) {
      for (const [id, seen] of lastSeen) {
        if (t - seen < ONLINE_WINDOW_MS) break;
        lastSeen.delete(id);
      }
      return lastSeen.size;
    },
  };
}
