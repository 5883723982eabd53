import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

export async function chat(messages: { role: "user" | "assistant"; content: string }[]) {
  const res = await mistral.chat.complete({ model: "mistral-medium-latest", messages });
  return res.choices[0].message.content as string;
}
