import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: import.meta.env.VITE_LLM_KEY });

export async function quickAsk(question) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: question }],
  });
  return res.choices[0].message.content;
}
