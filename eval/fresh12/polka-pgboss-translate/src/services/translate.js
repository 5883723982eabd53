import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function translate(text, target) {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: `Translate into ${target}. Reply with the translation only.` },
      { role: "user", content: text },
    ],
  });
  return res.choices[0].message.content;
}
