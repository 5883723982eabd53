import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_API_KEY, TRIAGE_MODEL } from "~/env.server";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function triage(feedback: string) {
  const res = await client.chat.complete({
    model: TRIAGE_MODEL,
    messages: [{ role: "user", content: `Label as bug, idea or praise: ${feedback}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
