const store = new Map<string, { at: number; value: string }>();

export async function cached(key: string, ttlMs: number, fn: () => Promise<string>) {
  const hit = store.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value;
  const value = await fn();
  store.set(key, { at: Date.now(), value });
  return value;
}
