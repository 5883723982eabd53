import "server-only";
import { traceOutgoing } from "./telemetry";

export async function mistralChat(messages: { role: string; content: string }[]) {
  const init: RequestInit = {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-medium-latest", messages }),
  };
  traceOutgoing("mistral", init);
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  if (!res.ok) throw new Error(`Mistral ${res.status}`);
  return (await res.json()).choices[0].message.content as string;
}
