// The counter's calendar: Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so a
// fixed offset is exact, and "today" starts at midnight in Hanoi.
const DAY_MS = 24 * 60 * 60 * 1000;
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

// Days since 1970-01-01 in Hanoi: equal for two times of the same local day.
export const vnDay = (t) => Math.floor((t + VN_OFFSET_MS) / DAY_MS);

// "2022-02-18T09:30:00+07:00": the local time a Vietnamese reader would expect.
export function vnIsoTime(t) {
  return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 19) + '+07:00';
}

// "2022-02-18": the local date, for names that a person may read (Redis keys).
export const vnDate = (t) => vnIsoTime(t).slice(0, 10);
