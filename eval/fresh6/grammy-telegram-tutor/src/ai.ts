import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function explain(question: string): Promise<string> {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: "You are a patient maths tutor." },
      { role: "user", content: question },
    ],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
