// Vietnamese style: "." groups thousands, but only from five digits on
// (2451 stays "2451", 1121895 becomes "1.121.895"), as on the seed page.
export function formatCount(n) {
  const digits = String(Math.trunc(n));
  return digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, '.');
}
