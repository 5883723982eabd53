import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_API_KEY, MISTRAL_AGENT_ID } from "$env/static/private";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function askAgent(question: string): Promise<string> {
  const res = await client.agents.complete({
    agentId: MISTRAL_AGENT_ID,
    messages: [{ role: "user", content: question }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
