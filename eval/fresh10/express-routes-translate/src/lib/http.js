export async function tracedFetch(url, init = {}) {
  const started = Date.now();
  console.debug("outgoing request", url, init.headers);
  const res = await fetch(url, init);
  console.debug("done", res.status, Date.now() - started, "ms");
  return res;
}
