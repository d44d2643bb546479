// Text crossing to C++ is encoded as UTF-8 by embind, whose encoder takes a
// lone surrogate as the first half of a pair and swallows the character after
// it. Lone surrogates become U+FFFD first, as TextEncoder would write them.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

export function wellFormed(text) {
  if (text.toWellFormed) return text.toWellFormed();
  return text.replace(SURROGATES, (unit) => (unit.length === 2 ? unit : '\uFFFD'));
}
