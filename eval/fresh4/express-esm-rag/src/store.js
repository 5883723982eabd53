const rows = [];
export function add(text, vector) { rows.push({ text, vector }); }
const dot = (a, b) => a.reduce((s, x, i) => s + x * b[i], 0);
export function nearest(vector, k) {
  return rows.map((r) => [dot(r.vector, vector), r.text]).sort((a, b) => b[0] - a[0]).slice(0, k).map((r) => r[1]);
}
