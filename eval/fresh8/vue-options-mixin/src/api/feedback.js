import { OWN_API } from "../constants";

export async function sendFeedback(text) {
  const res = await fetch(OWN_API, { method: "POST", body: JSON.stringify({ text }) });
  return res.ok;
}
