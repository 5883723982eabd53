import signale from "signale";
import { ENDPOINT, headers } from "./client.js";

export async function translate(text, lang, { verbose = false } = {}) {
  const h = headers();
  if (verbose) signale.debug("request headers", h);
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: h,
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Translate to ${lang}: ${text}` }] }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()).choices[0].message.content;
}
