import { Mistral } from "@mistralai/mistralai";

let client: Mistral | undefined;

export async function askMistral(question: string, context: string) {
  const config = useRuntimeConfig();
  client ??= new Mistral({ apiKey: config.mistralApiKey });
  const res = await client.chat.complete({
    model: config.mistralModel,
    messages: [
      { role: "system", content: `Answer from this FAQ only:\n${context}` },
      { role: "user", content: question },
    ],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
