import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_KEY } from "./env";

const mistral = new Mistral({ apiKey: MISTRAL_KEY });

export async function runAgent(agentId: string, input: string) {
  const res = await mistral.agents.complete({
    agentId,
    messages: [{ role: "user", content: input }],
  });
  return res.choices?.[0]?.message?.content ?? "";
}
