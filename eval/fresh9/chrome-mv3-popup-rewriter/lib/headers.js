export function buildHeaders(key) {
  return { "Content-Type": "application/json", Authorization: `Bearer ${key}` };
}
